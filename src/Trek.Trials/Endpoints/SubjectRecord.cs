namespace Trek.Trials.Endpoints;

/// <summary>
/// One subject of a trial table. Dates are calendar dates; a missing date means the event did not
/// happen (progression, death, response) or is unknown (last assessment). <see cref="Line"/> is the
/// input line, for error messages.
/// </summary>
public sealed record SubjectRecord(
    string Subject,
    string Cohort,
    DateOnly FirstDose,
    BestResponse BestResponse,
    DateOnly? FirstResponse,
    DateOnly? Progression,
    DateOnly? Death,
    DateOnly? LastKnownAlive,
    DateOnly? LastAssessment,
    DateOnly? TreatmentEnd,
    long Line);
