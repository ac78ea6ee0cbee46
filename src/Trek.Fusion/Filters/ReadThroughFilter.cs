namespace Trek.Fusion.Filters;

/// <summary>
/// Read-through transcription of neighbouring genes (the 5' gene upstream of the 3' gene, same strand,
/// close together) makes chimeric RNA without any rearrangement; it dominates false positives in
/// RNA fusion calling (Arriba filter "read_through"; STAR-Fusion flags "neighbors").
/// </summary>
public sealed class ReadThroughFilter(long maxDistance) : IFusionFilter
{
    public string Name => "read_through";

    public bool Removes(FilterInput c)
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

        var gap = a.Strand == '-' ? a.Start - b.End : b.Start - a.End;
        return gap >= -maxDistance && gap <= maxDistance && IsUpstream(a, b);
    }

    private static bool IsUpstream(Annotation.Gene a, Annotation.Gene b) =>
        a.Strand == '-' ? a.End >= b.End : a.Start <= b.Start;
}
