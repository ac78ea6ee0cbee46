namespace Trek.IO.Vcf;

/// <summary>The meta-information lines (##...) of a VCF, read before the first record.</summary>
public sealed class VcfHeader
{
    private readonly List<(long Line, string Text)> meta = [];

    public IReadOnlyList<(long Line, string Text)> Meta => meta;

    /// <summary>The ##INFO=&lt;ID=<paramref name="id"/>,...&gt; line and its line number, or null.</summary>
    public (long Line, string Text)? Info(string id) =>
        meta.Where(m => m.Text.StartsWith($"##INFO=<ID={id},", StringComparison.Ordinal)).Select(m => ((long, string)?)m).FirstOrDefault();

    internal void Add(long line, string text) => meta.Add((line, text));
}
