namespace Trek.Trials.Endpoints;

/// <summary>The whole `trek endpoints` result: the settings used (printed because tools differ) and one table per cohort.</summary>
public sealed record EndpointReport(string ConfType, double ConfLevel, string TimeUnit, double DcrLandmarkWeeks, string CiMethod, IReadOnlyList<CohortEndpoints> Cohorts);
