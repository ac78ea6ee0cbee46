using Trek.Fusion.Annotation;

namespace Trek.Fusion.Filters;

/// <summary>
/// Read-through transcription of neighbouring genes (the 5' gene upstream of the 3' gene, same strand,
/// close together) makes chimeric RNA without any rearrangement; it dominates false positives in
/// RNA fusion calling (Arriba filter "read_through"; STAR-Fusion flags "neighbors").
/// </summary>
public sealed class ReadThroughFilter(long maxDistance) : IFusionFilter
{
    public FilterId Id => FilterId.ReadThrough;

    public bool Removes(FusionCandidate c)
    {
        if (c.FivePrime is not { } a)
        {
            return false;
        }

        var b = c.ThreePrime;
        if (a.Chrom != b.Chrom || a.Strand != b.Strand)
        {
            return false;
        }

        var gap = a.Strand == Strand.Minus ? a.Start - b.End : b.Start - a.End;
        return gap >= -maxDistance && gap <= maxDistance && IsUpstream(a, b);
    }

    private static bool IsUpstream(Gene a, Gene b) =>
        a.Strand == Strand.Minus ? a.End >= b.End : a.Start <= b.Start;
}
