namespace Trek.Assessment.Ctcae;

/// <summary>One graded row of the lab CSV.</summary>
public sealed record LabResult(string Subject, DateOnly Date, LabGrade Grade, long Line);
