namespace Trek.Assessment.Ctcae;

/// <summary>
/// A CTCAE v5.0 grade with the criterion that gave it. <see cref="Grade"/> is null when the data cannot
/// decide (for example a count between the grade 1 floor and an unknown LLN); <see cref="Note"/> says why.
/// <see cref="Value"/>, <see cref="Uln"/> and <see cref="Lln"/> are in <see cref="Unit"/> (converted if needed).
/// <see cref="Censored"/> is the reported text of a censored value ("&lt;5"); <see cref="Value"/> is then its limit.
/// </summary>
public sealed record LabGrade(
    string Test,
    string Term,
    int? Grade,
    decimal Value,
    string Unit,
    decimal? Uln,
    decimal? Lln,
    decimal? Baseline,
    bool BaselineAbnormal,
    string Criterion,
    string? Note,
    string? Censored = null);
