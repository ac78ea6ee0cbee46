namespace Trek.Clinical.Eligibility;

/// <summary>A laboratory value with the upper limit of normal the lab reported (for age, where the lab gives one).</summary>
public sealed record LabValue(double? Value, double? Uln);
