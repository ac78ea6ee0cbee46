using Trek.Trials.Survival;

namespace Trek.Reports.Trials;

/// <summary>One group's Kaplan-Meier summary inside <see cref="KmReport"/>.</summary>
public sealed record KmGroupReport(
    string Group,
    int N,
    int Events,
    double? Median,
    double? MedianCiLower,
    double? MedianCiUpper,
    IReadOnlyList<SurvivalQuantile> Quantiles,
    IReadOnlyList<LandmarkEstimate?> Landmarks,
    IReadOnlyList<SurvivalTableRow> Table);
