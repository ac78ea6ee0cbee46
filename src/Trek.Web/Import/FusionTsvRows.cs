using System.Globalization;
using Trek.Fusion.Output;
using Trek.Web.Domain;

namespace Trek.Web.Import;

/// <summary>
/// Reads the columns the registry keeps from a fusions.tsv (header written by <see cref="FusionTsvWriter"/>),
/// by name, refusing a file without them or a row that does not parse, with its line.
/// </summary>
public static class FusionTsvRows
{
    public const int MaxRows = 10_000;

    private static readonly string[] Needed = ["gene1", "gene2", "fusion", "breakpoint1", "breakpoint2", "reading_frame", "kinase_domain_retained", "confidence", "split_reads", "spanning_pairs"];

    public static IReadOnlyList<FusionTsvRow> Read(string path, string source)
    {
        Dictionary<string, int>? columns = null;
        var rows = new List<FusionTsvRow>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith("##", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var names = line[1..].Split('\t');
                columns = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
                var missing = Needed.Where(n => !columns.ContainsKey(n) || !FusionTsvWriter.Columns.Contains(n)).ToList();
                if (missing.Count > 0)
                {
                    throw Fail(source, number, $"header lacks column(s) {string.Join(", ", missing)}");
                }

                continue;
            }

            if (columns is null)
            {
                throw Fail(source, number, "data before the #gene1 header");
            }

            if (rows.Count == MaxRows)
            {
                throw Fail(source, number, $"more than {MaxRows} calls: not a single-sample fusions.tsv");
            }

            var f = line.Split('\t');
            if (f.Length != columns.Count)
            {
                throw Fail(source, number, $"{f.Length} fields where the header has {columns.Count}");
            }

            string Get(string name) => f[columns[name]];
            int Count(string name) => int.TryParse(Get(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw Fail(source, number, $"{name} '{Get(name)}' is not a whole number");
            rows.Add(new FusionTsvRow(Get("gene1"), Get("gene2"), Get("fusion"), Get("breakpoint1"), Get("breakpoint2"), Get("reading_frame"),
                Get("kinase_domain_retained"), Get("confidence"), Count("split_reads"), Count("spanning_pairs")));
        }

        return columns is null ? throw Fail(source, number, "no #gene1 header: not a trek fusions.tsv") : rows;
    }

    private static RegistryValidationException Fail(string source, int line, string what) => RegistryValidationException.For("file", $"{source}:{line}: {what}");
}
