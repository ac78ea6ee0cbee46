namespace Trek.Fusion.Filters;

/// <summary>A candidate-level filter: switchable by name (`trek fusions --disable-filter NAME`, see <see cref="FilterNames"/>).</summary>
public interface IFusionFilter
{
    FilterId Id { get; }

    /// <summary>True when the candidate is an artefact by this filter's rule.</summary>
    bool Removes(FusionCandidate candidate);
}
