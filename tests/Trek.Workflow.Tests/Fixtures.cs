using System.Runtime.CompilerServices;
using Trek.Fusion.Output;

namespace Trek.Workflow.Tests;

/// <summary>Small hand-made inputs of `trek cohort`: fusions.tsv in the writer's own column order, stats JSON per docs/fusion.md's contract.</summary>
internal static class Fixtures
{
    public static string Repo([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    public static string Shared(params string[] parts) => Path.Combine([Repo(), "..", "shared", "data", .. parts]);

    /// <summary>A call as (gene1, gene2, split, spanning, ffpm, confidence); the other columns get plausible values.</summary>
    public static string FusionRow(string gene1, string gene2, int split, int spanning, string ffpm, string confidence)
    {
        var fusion = gene1 == "." || gene2 == "." ? "." : $"{gene1}::{gene2}";
        var cells = new Dictionary<string, string>
        {
            ["gene1"] = gene1, ["gene2"] = gene2, ["fusion"] = fusion, ["breakpoint1"] = "12:11869969:+", ["breakpoint2"] = "15:87940753:-",
            ["site1"] = "splice-site", ["site2"] = "splice-site", ["transcript1"] = "ENST1", ["transcript2"] = "ENST2", ["exon1"] = "5", ["exon2"] = "15",
            ["split_reads"] = split.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["spanning_pairs"] = spanning.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ffpm"] = ffpm,
            ["reading_frame"] = "in-frame", ["kinase_domain_retained"] = "yes", ["confidence"] = confidence, ["large_anchor_support"] = "yes",
            ["homology"] = "0", ["fusion_transcript"] = "ACGT|TTGA", ["tags"] = ".", ["filters"] = ".", ["sample"] = ".",
        };
        return string.Join('\t', FusionTsvWriter.Columns.Select(c => cells[c]));
    }

    public static string WriteFusions(string dir, string sample, long pairs, params string[] rows)
    {
        var path = Path.Combine(dir, $"{sample}.fusions.tsv");
        var lines = new List<string> { "##trek_version=0.1.0", $"##sample={sample}", $"##fragments={pairs}", "#" + string.Join('\t', FusionTsvWriter.Columns) };
        lines.AddRange(rows);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    public static string StatsJson(string sample, long pairs, long onIndex, long duplicates, int high, int medium, int low, string extra = "") => $$"""
        {
          "schema": "trek.fusions.stats/1",
          "sample": "{{sample}}",
          "trek_version": "0.1.0",
          "index": { "path": "idx", "sha256": "ab12", "assembly": null, "annotation": null },
          "pairs_read": {{pairs}},
          "pairs_on_index": {{onIndex}},
          "duplicate_fragments": {{duplicates}},
          "stages": [ {"stage": "candidates", "remaining": 4}, {"stage": "duplicates", "remaining": 3} ],
          "calls": { "high": {{high}}, "medium": {{medium}}, "low": {{low}} },
          "discarded": 1{{extra}}
        }
        """;

    public static string WriteStats(string dir, string sample, long pairs, long onIndex, long duplicates, int high, int medium, int low)
    {
        var path = Path.Combine(dir, $"{sample}.stats.json");
        File.WriteAllText(path, StatsJson(sample, pairs, onIndex, duplicates, high, medium, low));
        return path;
    }
}
