namespace Trek.Fusion.Filters;

/// <summary>The candidate-level filters in the order they run, and the read-level ones (which subtract reads), by name.</summary>
public static class FilterSet
{
    /// <summary>Read-level filters: they remove reads from a candidate's support rather than removing the candidate.</summary>
    public static IReadOnlyList<string> ReadLevel { get; } = ["duplicates", "homology"];

    public static IReadOnlyList<IFusionFilter> Create(FusionOptions options, IReadOnlySet<string>? pseudogenes = null, RepeatFilter? repeat = null) =>
    [
        new HomologyFilter(),
        repeat ?? new RepeatFilter(null, _ => -1),
        new PseudogeneFilter(pseudogenes ?? new HashSet<string>()),
        new ReadThroughFilter(options.ReadThroughDistance),
        new LowComplexityFilter(),
        new SpliceAcceptorFilter(),
        new NovelBackgroundFilter(),
        new MinSupportFilter(options.MinSupport),
    ];

    public static IReadOnlyList<string> AllNames(FusionOptions options) =>
        [.. ReadLevel.Concat(Create(options).Select(f => f.Name)).Distinct()];
}
