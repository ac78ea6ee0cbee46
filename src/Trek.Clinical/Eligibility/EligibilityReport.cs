namespace Trek.Clinical.Eligibility;

/// <summary>
/// The whole answer: every criterion and an overall verdict ("eligible" only when every criterion is met), and the
/// dated criteria set that decided it.
/// </summary>
public sealed record EligibilityReport(
    string Study,
    EligibilityCriteriaSet CriteriaSet,
    string? PatientId,
    DateOnly AssessmentDate,
    string Verdict,
    bool Eligible,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<string> NotMet,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Notes);
