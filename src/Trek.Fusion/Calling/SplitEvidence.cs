using Trek.Fusion.Reads;

namespace Trek.Fusion.Calling;

/// <summary>Split reads of one junction, with the read that represents it (lowest transcript indices, for a deterministic choice).</summary>
public sealed class SplitEvidence
{
    public SupportSet Support { get; } = new();

    public SplitHit Representative { get; private set; }

    /// <summary>Longest shorter-side anchor over the reads (for large-anchor support).</summary>
    public int BestAnchor { get; private set; }

    public int MaxHomology { get; private set; }

    public void Add(SplitHit hit, ulong signature)
    {
        if (Support.Total + Support.Homologous == 0 || Before(hit, Representative))
        {
            Representative = hit;
        }

        Support.Add(signature, hit.Homologous);
        if (!hit.Homologous)
        {
            BestAnchor = Math.Max(BestAnchor, Math.Min(hit.AnchorA, hit.AnchorB));
        }

        MaxHomology = Math.Max(MaxHomology, hit.Homology);
    }

    public void Merge(SplitEvidence other)
    {
        if (Support.Total + Support.Homologous == 0 || Before(other.Representative, Representative))
        {
            Representative = other.Representative;
        }

        Support.Merge(other.Support);
        BestAnchor = Math.Max(BestAnchor, other.BestAnchor);
        MaxHomology = Math.Max(MaxHomology, other.MaxHomology);
    }

    private static bool Before(SplitHit a, SplitHit b) =>
        (a.TranscriptA, a.TranscriptB, a.PositionA, a.PositionB).CompareTo((b.TranscriptA, b.TranscriptB, b.PositionA, b.PositionB)) < 0;
}
