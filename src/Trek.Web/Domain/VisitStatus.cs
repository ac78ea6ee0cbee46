namespace Trek.Web.Domain;

/// <summary>Where a planned visit stands on the day the schedule is shown.</summary>
public enum VisitStatus
{
    Done,
    Due,
    Overdue,
    Upcoming,
}
