namespace Trek.Trials.Survival;

/// <summary>
/// A quantile of the survival time with its confidence interval. <see cref="Probability"/> follows R's
/// quantile.survfit: 0.5 is the median, 0.25 the time by which a quarter had the event. Null = NA in R
/// ("not reached" for the estimate, "not estimable" for a limit).
/// </summary>
public sealed record SurvivalQuantile(double Probability, double? Time, double? Lower, double? Upper);
