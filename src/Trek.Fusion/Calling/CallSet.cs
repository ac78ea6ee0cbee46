using Trek.Fusion.Filters;

namespace Trek.Fusion.Calling;

/// <summary>The calls that passed every filter and those a filter removed, both ranked, and the candidates left after each stage.</summary>
public sealed record CallSet(IReadOnlyList<FusionCall> Passed, IReadOnlyList<FusionCall> Discarded, IReadOnlyList<StageCount> Stages)
{
    public void Deconstruct(out IReadOnlyList<FusionCall> passed, out IReadOnlyList<FusionCall> discarded)
    {
        passed = Passed;
        discarded = Discarded;
    }
}
