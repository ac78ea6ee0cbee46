using Trek.Trials.Survival;

namespace Trek.Trials.Endpoints;

/// <summary>
/// A Kaplan-Meier endpoint in one cohort: median with CI (null = "Not reached" for the median, "NE"
/// for a limit, as R prints NA) and survival at each landmark (null when follow-up is shorter).
/// </summary>
public sealed record TimeToEventSummary(
    string Endpoint,
    int N,
    int Events,
    double? Median,
    double? MedianCiLower,
    double? MedianCiUpper,
    IReadOnlyList<LandmarkRate> Landmarks);
