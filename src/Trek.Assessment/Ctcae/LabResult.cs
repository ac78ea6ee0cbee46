namespace Trek.Assessment.Ctcae;

/// <summary>
/// One graded row of the lab CSV. <see cref="Baseline"/>: the row is dated on or before the subject's first dose
/// (first_dose column), so it is a baseline assessment, not an adverse event. <see cref="BaselineValueGrade"/>:
/// the grade of the row's `baseline` value, when given.
/// </summary>
public sealed record LabResult(string Subject, DateOnly Date, LabGrade Grade, long Line, bool Baseline = false, int? BaselineValueGrade = null);
