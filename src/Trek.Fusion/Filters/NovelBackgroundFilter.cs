using Trek.Fusion.Calling;

namespace Trek.Fusion.Filters;

/// <summary>
/// Unspliced pre-mRNA gives reads that run from an intron into the next exon: from a transcript index
/// they look exactly like a partner-unknown fusion at that exon start, and they appear at many exons
/// of an expressed gene at similar levels. A partner-unknown site is kept only when it stands out:
/// at least 3 times the median support of the gene's other partner-unknown sites (a fusion is driven
/// by its partner's promoter and dominates; Arriba likewise weighs support against the background).
/// </summary>
public sealed class NovelBackgroundFilter : IFusionFilter
{
    private const double Dominance = 3.0;
    private readonly Dictionary<string, List<long>> _byGene = [];

    public string Name => "novel_background";

    /// <summary>Gives the filter every partner-unknown candidate first, so each one is judged against its gene's others.</summary>
    public void Observe(IEnumerable<FusionCall> calls)
    {
        foreach (var c in calls.Where(IsNovel))
        {
            if (!_byGene.TryGetValue(c.Gene2, out var list))
            {
                list = [];
                _byGene[c.Gene2] = list;
            }

            list.Add(c.SplitReads);
        }
    }

    public bool Removes(FilterInput candidate)
    {
        var c = candidate.Call;
        if (!IsNovel(c) || !_byGene.TryGetValue(c.Gene2, out var all) || all.Count < 2)
        {
            return false;
        }

        var others = new List<long>(all);
        others.Remove(c.SplitReads);
        others.Sort();
        var median = others.Count % 2 == 1 ? others[others.Count / 2] : (others[(others.Count / 2) - 1] + others[others.Count / 2]) / 2.0;
        return c.SplitReads < Dominance * median;
    }

    private static bool IsNovel(FusionCall c) => c.Breakpoint1 == "." && c.SplitReads > 0;
}
