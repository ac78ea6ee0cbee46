namespace Trek.Trials.Endpoints;

/// <summary>Time to response among responders: sample median (R's median()) and range; null with no responders.</summary>
public sealed record TimeToResponseSummary(int Responders, double? Median, double? Min, double? Max);
