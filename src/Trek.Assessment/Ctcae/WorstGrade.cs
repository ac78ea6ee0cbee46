namespace Trek.Assessment.Ctcae;

/// <summary>A subject's worst grade of one term and the first date it was reached (null grade: never decidable).</summary>
public sealed record WorstGrade(string Subject, string Test, string Term, int? Grade, DateOnly? Date, int Values);
