using Trek.Trials.Survival;

namespace Trek.Trials.Endpoints;

/// <summary>
/// Event and censoring rules for the time-to-event endpoints, following FDA guidance "Clinical Trial
/// Endpoints for the Approval of Cancer Drugs and Biologics" (December 2018), section III and Appendix
/// Table B (PFS censoring). Times are from the first dose (single-arm trials have no randomisation
/// date), in <see cref="DaysPerUnit"/> units. docs/trials.md states each rule with its source.
/// </summary>
public static class EndpointRules
{
    /// <summary>Days per month: 365.25 / 12, the convention of R's lubridate and most SAP templates.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>OS: death from any cause is the event; alive subjects are censored at the last date known alive.</summary>
    public static SurvivalObservation Os(SubjectRecord s, double daysPerUnit) => s.Death is { } d
        ? new(Days(s.FirstDose, d) / daysPerUnit, true)
        : new(Days(s.FirstDose, s.LastKnownAlive!.Value) / daysPerUnit, false);

    /// <summary>
    /// PFS: documented progression or death from any cause without progression, whichever first, is the
    /// event (FDA 2018 Table B: "death before first PD assessment: progressed at date of death"); otherwise
    /// censored at the last adequate tumour assessment (<see cref="LastAdequateAssessment"/>; FDA 2018 Table B:
    /// "no progression: censored at date of last adequate assessment"; "no baseline or no adequate post-baseline
    /// assessment: censored at the date of randomization", here the first dose: day 0).
    /// </summary>
    public static SurvivalObservation Pfs(SubjectRecord s, double daysPerUnit) => FirstEvent(s) is { } e
        ? new(Days(s.FirstDose, e) / daysPerUnit, true)
        : new(Days(s.FirstDose, Censor(s)) / daysPerUnit, false);

    /// <summary>
    /// DoR: among responders (CR or PR) only, from the first documented response to progression or death,
    /// censored like PFS. Null for non-responders (FDA 2018 §III.C.1: DoR is measured from the time of
    /// initial response until documented tumour progression).
    /// </summary>
    public static SurvivalObservation? Dor(SubjectRecord s, double daysPerUnit)
    {
        if (s.FirstResponse is not { } start)
        {
            return null;
        }

        return FirstEvent(s) is { } e
            ? new(Days(start, e) / daysPerUnit, true)
            : new(Days(start, Censor(s)) / daysPerUnit, false);
    }

    /// <summary>Time to response, responders only: first dose to first documented response.</summary>
    public static double? TimeToResponse(SubjectRecord s, double daysPerUnit) =>
        s.FirstResponse is { } r ? Days(s.FirstDose, r) / daysPerUnit : null;

    /// <summary>
    /// Disease control at a landmark: CR or PR, or SD lasting at least the landmark. Stable disease lasts from the
    /// first dose "until the criteria for progression are met" (RECIST 1.1, Eisenhauer 2009, "Duration of stable
    /// disease"), or, without progression, until the last assessment that showed it: SD is a finding of a scan, so
    /// death or follow-up after the last scan is not stable-disease time (issue 10).
    /// </summary>
    public static bool DiseaseControl(SubjectRecord s, double landmarkDays) => s.BestResponse switch
    {
        BestResponse.CR or BestResponse.PR => true,
        BestResponse.SD => Days(s.FirstDose, s.Progression ?? LastAdequateAssessment(s)) >= landmarkDays,
        _ => false,
    };

    /// <summary>
    /// The last adequate tumour assessment: last_assessment_date; when that cell is blank, the latest scan date the
    /// row does hold (first_response_date), else the first dose (day 0: no adequate assessment; FDA 2018 Table B).
    /// Never the last-known-alive date: a subject seen alive in clinic was not thereby scanned progression-free.
    /// </summary>
    public static DateOnly LastAdequateAssessment(SubjectRecord s) => s.LastAssessment ?? s.FirstResponse ?? s.FirstDose;

    private static DateOnly? FirstEvent(SubjectRecord s) => (s.Progression, s.Death) switch
    {
        ({ } p, { } d) => p < d ? p : d,
        ({ } p, null) => p,
        (null, { } d) => d,
        _ => null,
    };

    private static DateOnly Censor(SubjectRecord s) => LastAdequateAssessment(s);

    private static double Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
