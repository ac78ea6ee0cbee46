namespace Trek.Trials.Survival;

/// <summary>One group's line of the log-rank table (R survdiff): subjects, observed and expected events.</summary>
public sealed record LogRankGroup(string Group, int N, int Observed, double Expected);
