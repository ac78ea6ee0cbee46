namespace Trek.Fusion.Evidence;

/// <summary>
/// A read placed on a call's fused sequence without gaps: 0-based position of its first aligned base, whether the
/// read was reverse-complemented, the bases soft-clipped before and after, the aligned length and its mismatches.
/// As SAM: POS = <see cref="Position"/> + 1, CIGAR = [ClipLeft S] Matched M [ClipRight S], FLAG 0x10 when <see cref="Reverse"/>.
/// </summary>
public readonly record struct Placement(int Position, bool Reverse, int ClipLeft, int Matched, int ClipRight, int Mismatches)
{
    /// <summary>0-based position after the last aligned base.</summary>
    public int End => Position + Matched;
}
