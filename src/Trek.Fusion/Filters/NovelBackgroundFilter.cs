namespace Trek.Fusion.Filters;

/// <summary>
/// Unspliced pre-mRNA gives reads that run from an intron into the next exon: from a transcript index
/// they look exactly like a partner-unknown fusion at that exon start, and they appear at many exons
/// of an expressed gene at similar levels. A partner-unknown site is kept only when it stands out:
/// at least 3 times the median support of the gene's other partner-unknown sites (a fusion is driven
/// by its partner's promoter and dominates; Arriba likewise weighs support against the background).
/// Sites are grouped by gene index, not symbol.
/// </summary>
public sealed class NovelBackgroundFilter : IFusionFilter
{
    private const double Dominance = 3.0;
    private readonly Dictionary<int, List<long>> _byGene = [];

    public FilterId Id => FilterId.NovelBackground;

    /// <summary>Gives the filter every partner-unknown candidate first, so each one is judged against its gene's others.</summary>
    public void Observe(IEnumerable<FusionCandidate> candidates)
    {
        foreach (var c in candidates.Where(IsNovel))
        {
            if (!_byGene.TryGetValue(c.ThreePrime.Index, out var list))
            {
                list = [];
                _byGene[c.ThreePrime.Index] = list;
            }

            list.Add(c.Call.SplitReads);
        }
    }

    public bool Removes(FusionCandidate candidate)
    {
        if (!IsNovel(candidate) || !_byGene.TryGetValue(candidate.ThreePrime.Index, out var all) || all.Count < 2)
        {
            return false;
        }

        var split = candidate.Call.SplitReads;
        var others = new List<long>(all);
        others.Remove(split);
        others.Sort();
        var median = others.Count % 2 == 1 ? others[others.Count / 2] : (others[(others.Count / 2) - 1] + others[others.Count / 2]) / 2.0;
        return split < Dominance * median;
    }

    /// <summary>Split reads reach the 3' gene but no exact 5' break: the partner-unknown model (the 5' gene may still be named by spanning pairs).</summary>
    private static bool IsNovel(FusionCandidate c) => c.Call.Break1 is null && c.Call.SplitReads > 0;
}
