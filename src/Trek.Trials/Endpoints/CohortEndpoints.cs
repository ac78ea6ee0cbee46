namespace Trek.Trials.Endpoints;

/// <summary>The seed-style endpoint table for one cohort (or "all" pooled).</summary>
public sealed record CohortEndpoints(
    string Cohort,
    int N,
    CategoryRate Orr,
    IReadOnlyList<CategoryRate> Responses,
    CategoryRate Dcr,
    TimeToResponseSummary TimeToResponse,
    TimeToEventSummary Dor,
    TimeToEventSummary Pfs,
    TimeToEventSummary Os);
