namespace Trek.Reports.Interpretation;

/// <summary>HGNC ids for gene symbols from the bundled table (Resources/hgnc_ids.tsv names its source); a symbol not in it has no id, never a guessed one.</summary>
public static class HgncIds
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);

    public static string? For(string? symbol) => symbol is not null && Table.Value.TryGetValue(symbol, out var id) ? id : null;

    private static Dictionary<string, string> Load()
    {
        using var stream = ReportsAssembly.Assembly.GetManifestResourceStream("hgnc_ids.tsv")
            ?? throw new InvalidOperationException("bundled hgnc_ids.tsv missing from the assembly");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.StartsWith("symbol\t", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            table.Add(cols[0], cols[1]);
        }

        return table;
    }
}
