namespace Trek.Fusion.Filters;

/// <summary>
/// What one filter did to one call: removed <see cref="Reads"/> supporting reads (read-level filters:
/// duplicates, homology; the call stays) or removed the whole call (<see cref="RemovesCall"/>, Reads = 0).
/// <see cref="Against"/>: for novel_background, the gene background the call was judged against (so a removed
/// call with many reads says why in the discarded file). <see cref="Entry"/>: for blacklist, the entry that matched.
/// <see cref="SameGene"/>: for same_gene, where the partner sequence lies on the 3' gene.
/// </summary>
public readonly record struct FilterVerdict(FilterId Filter, bool RemovesCall, long Reads, Background? Against = null, Lists.RegionPair? Entry = null, Calling.PartnerMatch? SameGene = null)
{
    public static FilterVerdict ReadsRemoved(FilterId filter, long reads) => new(filter, false, reads);

    public static FilterVerdict CallRemoved(FilterId filter) => new(filter, true, 0);

    /// <summary>same_gene: the partner is the 3' gene's own sequence, at <paramref name="match"/>.</summary>
    public static FilterVerdict SameGeneRemoved(Calling.PartnerMatch match) => new(FilterId.SameGene, true, 0, SameGene: match);
}
