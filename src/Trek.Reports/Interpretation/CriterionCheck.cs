namespace Trek.Reports.Interpretation;

/// <summary>One criterion and its outcome for one call.</summary>
public readonly record struct CriterionCheck(Criterion Criterion, Outcome Outcome);
