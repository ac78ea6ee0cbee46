namespace Trek.Fusion.Filters;

/// <summary>
/// Every filter of `trek fusions`, in the order they run (docs/fusion.md, "Filters"): the two read-level
/// ones (they remove reads from a candidate's support) then the candidate-level ones. Names are in <see cref="FilterNames"/>.
/// </summary>
public enum FilterId
{
    Duplicates,
    Homology,
    Repeat,
    Pseudogene,
    ReadThrough,
    LowComplexity,
    SameGene,
    SpliceAcceptor,
    NovelBackground,
    MinSupport,
    Blacklist,
}
