namespace Trek.Clinical.Eligibility;

/// <summary>One eligibility criterion: what it requires, the value that decided it, what is missing, and its source.</summary>
public sealed record CriterionResult(
    string Id,
    string Requirement,
    CriterionStatus Status,
    string? DecidingValue,
    string? Missing,
    string Source);
