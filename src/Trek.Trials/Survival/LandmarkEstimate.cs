namespace Trek.Trials.Survival;

/// <summary>Survival at a fixed time with its pointwise CI, as R's summary(fit, times = t); null when t is past the last follow-up.</summary>
public sealed record LandmarkEstimate(double Time, int NRisk, double Survival, double? StdErr, double? Lower, double? Upper);
