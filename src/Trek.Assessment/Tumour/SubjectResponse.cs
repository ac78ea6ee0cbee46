namespace Trek.Assessment.Tumour;

/// <summary>
/// Everything derived for one subject. <see cref="BestOverallResponse"/> requires confirmation of CR/PR
/// (RECIST 1.1 §4.6.1, Table 3); <see cref="BestOverallResponseUnconfirmed"/> is the same derivation
/// without it. <see cref="BestChangePct"/> is the smallest % change of the target sum from baseline up to
/// and including the first PD (the waterfall bar); null when no complete follow-up sum exists.
/// </summary>
public sealed record SubjectResponse(
    string Subject,
    ResponseCriteria Criteria,
    DateOnly BaselineDate,
    DateOnly FirstDoseDate,
    decimal? BaselineSum,
    string SumUnit,
    int TargetLesions,
    int NonTargetLesions,
    IReadOnlyList<VisitAssessment> Visits,
    ResponseCategory BestOverallResponse,
    DateOnly? BestOverallResponseDate,
    string BestOverallResponseReason,
    ResponseCategory BestOverallResponseUnconfirmed,
    DateOnly? FirstResponseDate,
    DateOnly? ConfirmationDate,
    DateOnly? ProgressionDate,
    decimal? BestChangePct);
