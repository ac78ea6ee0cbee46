namespace Trek.Reports.Coverage;

/// <summary>
/// Read depth along one call's fused sequence (trek.evidence/1): <see cref="Depth"/>[i] is the number of supporting reads
/// with an aligned base (CIGAR M/=/X) on contig position i + 1; <see cref="JunctionOffset"/> is the 0-based index of the
/// first 3' base. Reads are counted as placed: both mates of a spanning pair count, as IGV would show them.
/// </summary>
public sealed record CoverageTrack(string CallId, string Breakpoint1, string Breakpoint2, int JunctionOffset, IReadOnlyList<int> Depth, int SplitReads, int SpanningReads)
{
    public int MaxDepth => Depth.Count == 0 ? 0 : Depth.Max();

    /// <summary>Reads whose aligned bases include both the last 5' base and the first 3' base (they cross the junction).</summary>
    public int DepthAtJunction => JunctionOffset > 0 && JunctionOffset < Depth.Count ? Math.Min(Depth[JunctionOffset - 1], Depth[JunctionOffset]) : 0;
}
