namespace Trek.Reports.Cohort;

/// <summary>A sample of the workflow's sample sheet: its name and the optional descriptive columns.</summary>
public sealed record SheetEntry(string Sample, string? TumourType, string? Batch);
