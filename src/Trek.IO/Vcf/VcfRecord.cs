namespace Trek.IO.Vcf;

/// <summary>
/// One VCF data line (VCF 4.x, fixed columns 1-8 and the first sample), kept as text: interpretation of INFO and
/// FORMAT values belongs to the caller. <see cref="Line"/> is 1-based in the file. <see cref="Filter"/> is the
/// FILTER column as written ("PASS", "." or failing filter names). <see cref="Sample"/> maps FORMAT keys to the
/// first sample's values (empty when the file has no samples).
/// </summary>
public sealed record VcfRecord(
    long Line,
    string Chrom,
    long Pos,
    string Id,
    string Ref,
    IReadOnlyList<string> Alt,
    string Qual,
    string Filter,
    string Info,
    IReadOnlyDictionary<string, string> Sample)
{
    /// <summary>VCF 4.3 section 1.6.1: PASS means all filters passed; "." means filters were not applied.</summary>
    public bool PassesFilters => Filter is "PASS" or ".";

    /// <summary>The value of INFO key <paramref name="key"/>, "" for a flag, null when absent.</summary>
    public string? InfoValue(string key)
    {
        foreach (var entry in Info.Split(';'))
        {
            var eq = entry.IndexOf('=');
            var name = eq < 0 ? entry : entry[..eq];
            if (name == key)
            {
                return eq < 0 ? "" : entry[(eq + 1)..];
            }
        }

        return null;
    }
}
