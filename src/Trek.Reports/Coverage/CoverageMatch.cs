using System.Globalization;
using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Reports.Fusions;

namespace Trek.Reports.Coverage;

/// <summary>Finds a fusions.tsv call's track in an evidence directory by its two breakpoints, written as calls.tsv writes them.</summary>
public static class CoverageMatch
{
    public static CoverageTrack? For(FusionRecord call, IReadOnlyList<CoverageTrack> tracks)
    {
        var (b1, b2) = (Text(call.Breakpoint1), Text(call.Breakpoint2));
        return tracks.FirstOrDefault(t => t.Breakpoint1 == b1 && t.Breakpoint2 == b2);
    }

    /// <summary>"contig:position:strand", "." when not determined (the fusions.tsv and calls.tsv form).</summary>
    public static string Text(GenomicPosition? p) => p is { } x
        ? string.Create(CultureInfo.InvariantCulture, $"{x.Contig}:{x.Position}:{(x.Strand == Strand.Plus ? '+' : '-')}")
        : ".";
}
