using System.Globalization;
using System.Text;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Output;

/// <summary>
/// fusions.tsv: `##` provenance lines, a `#`-prefixed snake_case header, one row per call, "." for
/// missing values (Arriba/samtools conventions). The discarded file has the same format.
/// </summary>
public static class FusionTsvWriter
{
    public static readonly string[] Columns =
    [
        "gene1", "gene2", "fusion", "breakpoint1", "breakpoint2", "site1", "site2", "transcript1", "transcript2", "exon1", "exon2",
        "split_reads", "spanning_pairs", "ffpm", "reading_frame", "kinase_domain_retained", "confidence", "large_anchor_support",
        "homology", "fusion_transcript", "tags", "filters",
    ];

    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, string>> provenance, IEnumerable<FusionCall> calls)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(w, provenance, calls);
    }

    /// <summary>Writes with "\n" line ends whatever <paramref name="w"/>'s NewLine is (the TSV is the same on every OS).</summary>
    public static void Write(TextWriter w, IEnumerable<KeyValuePair<string, string>> provenance, IEnumerable<FusionCall> calls)
    {
        foreach (var (key, value) in provenance)
        {
            w.Write($"##{key}={value}\n");
        }

        w.Write("#" + string.Join('\t', Columns) + "\n");
        foreach (var c in calls)
        {
            w.Write(string.Join('\t', Row(c)) + "\n");
        }
    }

    public static IEnumerable<string> Row(FusionCall c)
    {
        var inv = CultureInfo.InvariantCulture;
        return
        [
            FusionFormat.Gene(c.Gene1), FusionFormat.Gene(c.Gene2), c.Fusion, FusionFormat.Breakpoint(c.Break1), FusionFormat.Breakpoint(c.Break2),
            FusionFormat.Site(c.Site1), FusionFormat.Site(c.Site2), FusionFormat.Transcript(c.Break1), FusionFormat.Transcript(c.Break2),
            FusionFormat.Exon(c.Break1), FusionFormat.Exon(c.Break2),
            c.SplitReads.ToString(inv), c.SpanningPairs.ToString(inv), c.Ffpm.ToString("0.####", inv), FusionFormat.Frame(c.Frame), FusionFormat.Domain(c.KinaseDomain),
            FusionFormat.Confidence(c.Confidence), c.LargeAnchorSupport ? "yes" : "no", c.Homology.ToString(inv), FusionFormat.Junction(c.Junction),
            FusionFormat.Tags(c), FusionFormat.Filters(c.Verdicts),
        ];
    }
}
