namespace Trek.Trials.Survival;

/// <summary>The log-rank test across groups: chi-square, degrees of freedom and p as R survdiff (rho = 0) prints them.</summary>
public sealed record LogRankResult(IReadOnlyList<LogRankGroup> Groups, double ChiSquare, int Df, double PValue);
