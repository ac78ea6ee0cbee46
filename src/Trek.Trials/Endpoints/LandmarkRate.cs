namespace Trek.Trials.Endpoints;

/// <summary>Survival at a landmark time; all null past the last follow-up.</summary>
public sealed record LandmarkRate(double Time, double? Survival, double? CiLower, double? CiUpper);
