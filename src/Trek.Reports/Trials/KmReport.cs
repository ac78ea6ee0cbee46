using Trek.Trials.Survival;

namespace Trek.Reports.Trials;

/// <summary>The JSON shape of `trek km`: top-level fields describe all subjects pooled; <see cref="Groups"/> one entry per group.</summary>
public sealed record KmReport(
    string ConfType,
    double ConfLevel,
    int N,
    int Events,
    double? Median,
    double? MedianCiLower,
    double? MedianCiUpper,
    IReadOnlyList<SurvivalQuantile> Quantiles,
    IReadOnlyList<LandmarkEstimate?> Landmarks,
    IReadOnlyList<SurvivalTableRow> Table,
    IReadOnlyList<KmGroupReport>? Groups,
    LogRankResult? LogRank);
