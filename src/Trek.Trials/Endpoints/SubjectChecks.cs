using Trek.Core;

namespace Trek.Trials.Endpoints;

/// <summary>
/// Refuses a subject row whose dates contradict each other, naming the subject (issue 10): an endpoint computed
/// from contradictory dates is a silently wrong answer. Each rule says which reading it protects.
/// </summary>
public static class SubjectChecks
{
    public static void Check(SubjectRecord s, string source)
    {
        void Fail(string what) => throw InputException.At(source, s.Line, $"subject '{s.Subject}': {what}");

        var responder = s.BestResponse is BestResponse.CR or BestResponse.PR;
        if (responder && s.FirstResponse is null)
        {
            Fail($"best response {s.BestResponse} needs first_response_date");
        }

        if (!responder && s.FirstResponse is not null)
        {
            Fail($"first_response_date given but best response is {s.BestResponse}");
        }

        // RECIST 1.1 §4.4.3: a best response of PD is progression documented at an assessment, which has a date;
        // without it PFS would count this subject as progression-free.
        if (s.BestResponse == BestResponse.PD && s.Progression is null)
        {
            Fail("best response PD needs progression_date");
        }

        if (s.Death is null && s.LastKnownAlive is null)
        {
            Fail("last_known_alive_date is required when death_date is empty");
        }

        foreach (var (name, date) in Dates(s))
        {
            if (date is { } d && d < s.FirstDose)
            {
                Fail($"{name} {d:yyyy-MM-dd} is before first_dose_date {s.FirstDose:yyyy-MM-dd}");
            }

            if (date is { } e && s.Death is { } dd && e > dd && name != "death_date")
            {
                Fail($"{name} {e:yyyy-MM-dd} is after death_date {dd:yyyy-MM-dd}");
            }

            // A living subject was alive at every scan and at progression: a later date means one of them is wrong.
            if (date is { } a && s.Death is null && s.LastKnownAlive is { } lka && a > lka && name is "first_response_date" or "progression_date" or "last_assessment_date")
            {
                Fail($"{name} {a:yyyy-MM-dd} is after last_known_alive_date {lka:yyyy-MM-dd}");
            }
        }

        if (s.Death is { } death && s.LastKnownAlive is { } known && known > death)
        {
            Fail($"last_known_alive_date {known:yyyy-MM-dd} is after death_date {death:yyyy-MM-dd}");
        }

        if (s.FirstResponse is { } fr && s.Progression is { } pd && pd < fr)
        {
            Fail($"progression_date {pd:yyyy-MM-dd} is before first_response_date {fr:yyyy-MM-dd}");
        }

        // The last adequate assessment is the latest scan: it cannot precede the scan that showed the response.
        if (s.FirstResponse is { } r && s.LastAssessment is { } last && last < r)
        {
            Fail($"last_assessment_date {last:yyyy-MM-dd} is before first_response_date {r:yyyy-MM-dd}");
        }
    }

    private static (string Name, DateOnly? Date)[] Dates(SubjectRecord s) =>
    [
        ("first_response_date", s.FirstResponse), ("progression_date", s.Progression), ("death_date", s.Death),
        ("last_known_alive_date", s.LastKnownAlive), ("last_assessment_date", s.LastAssessment), ("treatment_end_date", s.TreatmentEnd),
    ];
}
