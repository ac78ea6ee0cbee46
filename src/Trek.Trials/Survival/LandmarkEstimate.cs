using System.Text.Json.Serialization;

namespace Trek.Trials.Survival;

/// <summary>Survival at a fixed time with its pointwise CI, as R's summary(fit, times = t); null when t is past the last follow-up. JSON: ci_lower/ci_upper, as every Trek document (issue 16).</summary>
public sealed record LandmarkEstimate(double Time, int NRisk, double Survival, double? StdErr,
    [property: JsonPropertyName("ci_lower")] double? Lower,
    [property: JsonPropertyName("ci_upper")] double? Upper);
