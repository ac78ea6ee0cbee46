namespace Trek.IO.Gtf;

/// <summary>One GTF line (1-based, inclusive coordinates as in the file) with its attributes.</summary>
public sealed record GtfRecord(
    string Seqname,
    string Feature,
    long Start,
    long End,
    char Strand,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> Tags)
{
    public string? Attribute(string key) => Attributes.TryGetValue(key, out var v) ? v : null;
}
