namespace Trek.Trials.Endpoints;

/// <summary>A response category (or ORR, DCR) in one cohort: n of N with the exact Clopper-Pearson CI (proportions).</summary>
public sealed record CategoryRate(string Name, int Count, int N, double Estimate, double CiLower, double CiUpper);
