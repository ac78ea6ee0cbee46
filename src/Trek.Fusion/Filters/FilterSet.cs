namespace Trek.Fusion.Filters;

/// <summary>
/// The filters in the order they run (the order of <see cref="FilterId"/>): duplicates and homology act
/// on reads while evidence becomes candidates; the candidate-level filters below follow, each seeing every
/// candidate, and a removed call is charged (for the stage counts) to the first filter that removed it.
/// </summary>
public static class FilterSet
{
    /// <summary>Read-level filters: they remove reads from a candidate's support rather than removing the candidate.</summary>
    public static IReadOnlyList<FilterId> ReadLevel { get; } = [FilterId.Duplicates, FilterId.Homology];

    /// <summary>The candidate-level filters, in order, with those <paramref name="options"/> switches off left out.</summary>
    public static IReadOnlyList<IFusionFilter> Create(FusionOptions options, IReadOnlySet<int>? pseudogenes = null, RepeatFilter? repeat = null,
        IReadOnlyDictionary<int, IReadOnlyList<Annotation.Transcript>>? transcriptsByGene = null)
    {
        IFusionFilter[] all =
        [
            new HomologyFilter(),
            repeat ?? new RepeatFilter(null),
            new PseudogeneFilter(pseudogenes ?? new HashSet<int>()),
            new ReadThroughFilter(options.ReadThroughDistance),
            new LowComplexityFilter(),
            new SameGeneFilter(transcriptsByGene ?? new Dictionary<int, IReadOnlyList<Annotation.Transcript>>()),
            new SpliceAcceptorFilter(),
            new NovelBackgroundFilter(),
            new MinSupportFilter(options.MinSupport),
            new BlacklistFilter(options.Blacklist),
        ];
        return [.. all.Where(f => !options.DisabledFilters.Contains(f.Id))];
    }
}
