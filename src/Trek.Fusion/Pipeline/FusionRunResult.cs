using Trek.Fusion.Calling;
using Trek.Fusion.Filters;

namespace Trek.Fusion.Pipeline;

/// <summary>
/// Everything `trek fusions` produces, typed: calls that passed (ranked), calls a filter removed (ranked),
/// the candidates left after each stage in run order, the evidence counts and the provenance.
/// </summary>
public sealed record FusionRunResult(
    IReadOnlyList<FusionCall> Calls,
    IReadOnlyList<FusionCall> Discarded,
    IReadOnlyList<StageCount> Stages,
    CandidateCounts Candidates,
    FusionProvenance Provenance)
{
    /// <summary>Fragments the duplicates filter removed, summed over every candidate (passed and discarded).</summary>
    public long DuplicateFragments =>
        Calls.Concat(Discarded).SelectMany(c => c.Verdicts).Where(v => v is { Filter: FilterId.Duplicates, RemovesCall: false }).Sum(v => v.Reads);
}
