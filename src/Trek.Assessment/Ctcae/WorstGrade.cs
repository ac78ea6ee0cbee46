namespace Trek.Assessment.Ctcae;

/// <summary>
/// A subject's worst treatment-emergent grade of one term (0 when nothing worsened from baseline; null when no
/// post-baseline value was decidable), the first date it was reached, the number of post-baseline values and the
/// baseline grade used (null: unknown, taken as 0).
/// </summary>
public sealed record WorstGrade(string Subject, string Test, string Term, int? Grade, DateOnly? Date, int Values, int? BaselineGrade = null);
