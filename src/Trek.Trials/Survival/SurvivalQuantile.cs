using System.Text.Json.Serialization;

namespace Trek.Trials.Survival;

/// <summary>
/// A quantile of the survival time with its confidence interval. <see cref="Probability"/> follows R's
/// quantile.survfit: 0.5 is the median, 0.25 the time by which a quarter had the event. Null = NA in R
/// ("not reached" for the estimate, "not estimable" for a limit).
/// JSON names the band ci_lower/ci_upper, as every other Trek document does (issue 16).
/// </summary>
public sealed record SurvivalQuantile(double Probability, double? Time,
    [property: JsonPropertyName("ci_lower")] double? Lower,
    [property: JsonPropertyName("ci_upper")] double? Upper);
