namespace Trek.Fusion.Filters;

/// <summary>The stable snake_case name of each filter: what `--disable-filter` takes and what the `filters` column shows.</summary>
public static class FilterNames
{
    private static readonly Dictionary<FilterId, string> Names = new()
    {
        [FilterId.Duplicates] = "duplicates",
        [FilterId.Homology] = "homology",
        [FilterId.Repeat] = "repeat",
        [FilterId.Pseudogene] = "pseudogene",
        [FilterId.ReadThrough] = "read_through",
        [FilterId.LowComplexity] = "low_complexity",
        [FilterId.SameGene] = "same_gene",
        [FilterId.SpliceAcceptor] = "splice_acceptor",
        [FilterId.NovelBackground] = "novel_background",
        [FilterId.MinSupport] = "min_support",
        [FilterId.Blacklist] = "blacklist",
    };

    private static readonly Dictionary<string, FilterId> Ids = Names.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>Every filter name, in the order the filters run.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<FilterId>().Select(Of)];

    public static string Of(FilterId id) => Names[id];

    /// <summary>The filter of that exact (case-sensitive) name, or false: an unknown name is never guessed at.</summary>
    public static bool TryParse(string name, out FilterId id) => Ids.TryGetValue(name, out id);
}
