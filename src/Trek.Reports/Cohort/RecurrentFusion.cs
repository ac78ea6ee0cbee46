namespace Trek.Reports.Cohort;

/// <summary>A fusion called in more than one sample, with the samples (sheet order), the strongest confidence and the highest FFPM.</summary>
public sealed record RecurrentFusion(string Key, string? Gene1, string? Gene2, IReadOnlyList<string> Samples, double Fraction, CallConfidence Best, decimal MaxFfpm);
