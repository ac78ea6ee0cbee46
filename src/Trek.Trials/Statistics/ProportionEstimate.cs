namespace Trek.Trials.Statistics;

/// <summary>A binomial proportion with its exact confidence interval; all values are proportions in [0, 1], not percent.</summary>
public sealed record ProportionEstimate(int Responders, int N, double Estimate, double CiLower, double CiUpper, double ConfLevel, string Method);
