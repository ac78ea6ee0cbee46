using Trek.Trials.Survival;

namespace Trek.Trials.Endpoints;

/// <summary>How `trek endpoints` computes: CI type for KM medians, time unit, DCR landmark (weeks) and survival landmarks (in the unit).</summary>
public sealed record EndpointOptions(ConfidenceType ConfType, string Unit, double DaysPerUnit, double DcrLandmarkWeeks, IReadOnlyList<double> Landmarks, double ConfLevel = 0.95);
