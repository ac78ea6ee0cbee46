using Trek.Fusion.Index;
using Trek.Reports.Coverage;
using Trek.Reports.Interpretation;

namespace Trek.Reports.Diagram;

/// <summary>
/// The fusion diagrams of a clinical report: one per finding that has a breakpoint to draw, keyed by the call's line in
/// fusions.tsv, each with its read-depth track when the evidence directory has one (`trek report --index --evidence`).
/// </summary>
public static class ReportDiagrams
{
    /// <param name="report">The report whose findings are drawn.</param>
    /// <param name="index">The index the calls were made with.</param>
    /// <param name="source">The fusions.tsv name, for messages.</param>
    /// <param name="tracks">Coverage tracks from `trek fusions --evidence`; empty when not given.</param>
    public static IReadOnlyDictionary<long, FusionDiagram> For(ClinicalReport report, FusionIndex index, string source, IReadOnlyList<CoverageTrack> tracks)
    {
        var diagrams = new Dictionary<long, FusionDiagram>();
        foreach (var f in report.Findings)
        {
            if (DiagramBuilder.Build(f.Call, index, source) is { } d)
            {
                diagrams[f.Call.Line] = d with { Coverage = CoverageMatch.For(f.Call, tracks) };
            }
        }

        return diagrams;
    }
}
