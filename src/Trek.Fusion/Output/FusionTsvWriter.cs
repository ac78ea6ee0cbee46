using System.Globalization;
using System.Text;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Output;

/// <summary>
/// fusions.tsv: `##` provenance lines, a `#`-prefixed snake_case header, one row per call, "." for
/// missing values (Arriba/samtools conventions). The discarded file has the same format. The last column,
/// `sample`, repeats the `##sample=` value on every row so concatenated files keep it (issue 16).
/// </summary>
public static class FusionTsvWriter
{
    public static readonly string[] Columns =
    [
        "gene1", "gene2", "fusion", "breakpoint1", "breakpoint2", "site1", "site2", "transcript1", "transcript2", "exon1", "exon2",
        "split_reads", "spanning_pairs", "ffpm", "reading_frame", "kinase_domain_retained", "confidence", "large_anchor_support",
        "homology", "fusion_transcript", "tags", "filters", "sample",
    ];

    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, string>> provenance, IEnumerable<FusionCall> calls, string sample)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(w, provenance, calls, sample);
    }

    /// <summary>Writes with "\n" line ends whatever <paramref name="w"/>'s NewLine is (the TSV is the same on every OS).</summary>
    /// <param name="sample">The sample name, as in the `##sample=` line (no tab or control character: the CLI checks it).</param>
    public static void Write(TextWriter w, IEnumerable<KeyValuePair<string, string>> provenance, IEnumerable<FusionCall> calls, string sample)
    {
        foreach (var (key, value) in provenance)
        {
            w.Write($"##{key}={value}\n");
        }

        w.Write("#" + string.Join('\t', Columns) + "\n");
        foreach (var c in calls)
        {
            w.Write(string.Join('\t', Row(c, sample)) + "\n");
        }
    }

    public static IEnumerable<string> Row(FusionCall c, string sample)
    {
        var inv = CultureInfo.InvariantCulture;
        return
        [
            FusionFormat.Gene(c.Gene1), FusionFormat.Gene(c.Gene2), c.Fusion, FusionFormat.Breakpoint(c.Break1), FusionFormat.Breakpoint(c.Break2),
            FusionFormat.Site(c.Site1), FusionFormat.Site(c.Site2), FusionFormat.Transcript(c.Break1), FusionFormat.Transcript(c.Break2),
            FusionFormat.Exon(c.Break1), FusionFormat.Exon(c.Break2),
            c.SplitReads.ToString(inv), c.SpanningPairs.ToString(inv), c.Ffpm.ToString("0.####", inv), FusionFormat.Frame(c.Frame), FusionFormat.Domain(c.KinaseDomain),
            FusionFormat.Confidence(c.Confidence), c.LargeAnchorSupport ? "yes" : "no", c.Homology.ToString(inv), FusionFormat.Junction(c.Junction),
            FusionFormat.Tags(c), FusionFormat.Filters(c.Verdicts), sample,
        ];
    }
}
