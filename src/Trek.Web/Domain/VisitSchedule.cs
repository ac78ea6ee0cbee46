namespace Trek.Web.Domain;

/// <summary>
/// Response-assessment visits every 8 weeks from the first dose (the seed's protocol; the larotrectinib
/// pooled analyses assessed tumours every 8 weeks in the first year: Hong DS et al., Lancet Oncol 2020;21:531-540).
/// A due visit counts as done when an assessment falls within <see cref="WindowDays"/> days of it (Trek's
/// stated window); it is overdue once the window has passed without one. Visits stop at death or treatment end.
/// </summary>
public static class VisitSchedule
{
    public const int IntervalDays = 56;
    public const int WindowDays = 7;

    public static IReadOnlyList<ScheduledVisit> For(DateOnly firstDose, IEnumerable<DateOnly> assessments, DateOnly today, DateOnly? stop)
    {
        var done = assessments.Order().ToList();
        var visits = new List<ScheduledVisit>();
        var end = stop is { } s && s < today ? s : today.AddDays(IntervalDays);
        for (var k = 1; ; k++)
        {
            var due = firstDose.AddDays(IntervalDays * k);
            if (due > end)
            {
                break;
            }

            var match = done.FirstOrDefault(d => Math.Abs(d.DayNumber - due.DayNumber) <= WindowDays);
            var status = match != default ? VisitStatus.Done
                : due.AddDays(WindowDays) < today ? VisitStatus.Overdue
                : due.AddDays(-WindowDays) <= today ? VisitStatus.Due
                : VisitStatus.Upcoming;
            visits.Add(new ScheduledVisit(k, due, status, match == default ? null : match));
        }

        return visits;
    }
}
