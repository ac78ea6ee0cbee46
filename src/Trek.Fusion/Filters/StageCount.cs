namespace Trek.Fusion.Filters;

/// <summary>
/// Candidates left after one stage, Arriba style: the first stage is "candidates" (all of them), then one
/// per enabled filter in run order; a removed call is charged to the first filter that removed it.
/// Read-level filters (duplicates) remove reads, not candidates, so their stage leaves the count unchanged.
/// </summary>
public readonly record struct StageCount(string Stage, int Remaining)
{
    public const string Candidates = "candidates";
}
