using Trek.Fusion.Calling;

namespace Trek.Fusion.Filters;

/// <summary>A candidate-level filter: switchable by <see cref="Name"/> (`trek fusions --disable-filter NAME`).</summary>
public interface IFusionFilter
{
    string Name { get; }

    /// <summary>True when the candidate is an artefact by this filter's rule.</summary>
    bool Removes(FilterInput candidate);
}
