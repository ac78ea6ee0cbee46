using System.Globalization;

namespace Trek.Workflow.Tests;

/// <summary>
/// An independent reading of a sample's fusions.tsv for checking the cohort outputs: plain tab splitting by the
/// header's names, written here without the library's reader so a shared mistake cannot hide.
/// </summary>
internal static class FusionTables
{
    public sealed record Row(string Key, int Split, int Spanning, decimal Ffpm, string Confidence);

    public static List<Row> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith("##", StringComparison.Ordinal)).ToList();
        var header = lines[0].TrimStart('#').Split('\t').Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        return lines.Skip(1).Select(l => l.Split('\t')).Select(f => new Row(
            // VICC gene fusion specification: an unknown partner is `v` (trek's own fusion column writes `.::GENE`).
            $"{(f[header["gene1"]] == "." ? "." : f[header["gene1"]])}::{(f[header["gene2"]] == "." ? "." : f[header["gene2"]])}",
            int.Parse(f[header["split_reads"]], CultureInfo.InvariantCulture),
            int.Parse(f[header["spanning_pairs"]], CultureInfo.InvariantCulture),
            decimal.Parse(f[header["ffpm"]], CultureInfo.InvariantCulture),
            f[header["confidence"]])).ToList();
    }

    public static long Fragments(string path) =>
        long.Parse(File.ReadLines(path).First(l => l.StartsWith("##fragments=", StringComparison.Ordinal))["##fragments=".Length..], CultureInfo.InvariantCulture);

    /// <summary>The call a matrix cell must show: highest confidence, then most fragments, then highest FFPM (docs/scaling.md).</summary>
    public static Row? Best(IEnumerable<Row> rows, string key)
    {
        static int Rank(string c) => c switch { "high" => 2, "medium" => 1, _ => 0 };
        return rows.Where(r => r.Key == key).OrderByDescending(r => Rank(r.Confidence)).ThenByDescending(r => r.Split + r.Spanning).ThenByDescending(r => r.Ffpm).FirstOrDefault();
    }
}
