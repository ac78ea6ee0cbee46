using Trek.Fusion.Calling;

namespace Trek.Fusion.Filters;

/// <summary>
/// Unspliced pre-mRNA gives reads that run from an intron into the next exon: from a transcript index
/// they look exactly like a partner-unknown fusion at that exon start, and they appear at many exons of an
/// expressed gene at similar levels. A partner-unknown call is kept only when its site stands out from the
/// gene's other exon starts, relatively and absolutely (<see cref="Background"/>); two fusions on one gene
/// never hide each other, and a removal carries, in the discarded row, the background it was judged against.
/// Sites are grouped by gene index, not symbol.
/// </summary>
public sealed class NovelBackgroundFilter : IFusionFilter
{
    private readonly Dictionary<int, Dictionary<JunctionSide, long>> _sitesByGene = [];
    private readonly Dictionary<int, int> _exonStarts = [];

    public FilterId Id => FilterId.NovelBackground;

    /// <summary>Gives the filter every partner-unknown candidate first (support summed per 3' site) and each gene's number of internal exon starts.</summary>
    public void Observe(IEnumerable<FusionCandidate> candidates, Func<int, int> exonStarts)
    {
        foreach (var c in candidates.Where(IsNovel))
        {
            var gene = c.ThreePrime.Index;
            if (!_sitesByGene.TryGetValue(gene, out var sites))
            {
                sites = [];
                _sitesByGene[gene] = sites;
                _exonStarts[gene] = exonStarts(gene);
            }

            sites[c.Call.Break2!] = sites.GetValueOrDefault(c.Call.Break2!) + c.Call.SplitReads;
        }
    }

    public bool Removes(FusionCandidate candidate) => Judge(candidate) is { } b && !b.StandsOut(candidate.Call.SplitReads);

    /// <summary>The removal, with the background the call was judged against.</summary>
    public FilterVerdict Verdict(FusionCandidate candidate) => FilterVerdict.CallRemoved(Id) with { Against = Judge(candidate) };

    private Background? Judge(FusionCandidate c)
    {
        if (!IsNovel(c) || !_sitesByGene.TryGetValue(c.ThreePrime.Index, out var sites))
        {
            return null;
        }

        var others = sites.Where(kv => kv.Key != c.Call.Break2).Select(kv => kv.Value).ToList();
        return Background.Of(c.Call.SplitReads, others, _exonStarts[c.ThreePrime.Index]);
    }

    /// <summary>Split reads reach the 3' gene but no exact 5' break: the partner-unknown model (the 5' gene may still be named by spanning pairs).</summary>
    private static bool IsNovel(FusionCandidate c) => c.Call.Break1 is null && c.Call.Break2 is not null && c.Call.SplitReads > 0;
}
