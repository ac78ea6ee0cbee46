namespace Trek.Reports.Export;

/// <summary>Chromosome order 1..22, X, Y, M/MT, then other names (with or without "chr") in ordinal order.</summary>
public sealed class ContigOrder : IComparer<string>
{
    public static readonly ContigOrder Instance = new();

    public int Compare(string? x, string? y) => Key(x ?? "").CompareTo(Key(y ?? ""));

    private static (int, string) Key(string contig)
    {
        var name = contig.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? contig[3..] : contig;
        return name switch
        {
            _ when int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) => (n, ""),
            "X" => (23, ""),
            "Y" => (24, ""),
            "M" or "MT" => (25, ""),
            _ => (26, contig),
        };
    }
}
