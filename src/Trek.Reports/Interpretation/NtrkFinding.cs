using Trek.Reports.Fusions;

namespace Trek.Reports.Interpretation;

/// <summary>One NTRK call with its checks, category and tier.</summary>
public sealed record NtrkFinding(
    FusionRecord Call,
    string NtrkGene,
    IReadOnlyList<CriterionCheck> Checks,
    FindingCategory Category,
    TierAssignment Tier)
{
    public Outcome OutcomeOf(Criterion c) => Checks.First(x => x.Criterion == c).Outcome;
}
