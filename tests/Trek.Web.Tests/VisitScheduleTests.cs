using Trek.Web.Domain;

namespace Trek.Web.Tests;

/// <summary>Visits every 56 days from the first dose, done within +/-7 days, overdue after that (VisitSchedule).</summary>
public sealed class VisitScheduleTests
{
    private static readonly DateOnly FirstDose = new(2024, 1, 8);

    [Theory]
    [InlineData("2024-02-26", VisitStatus.Done)]     // due 2024-03-04 minus 7 days: inside the window
    [InlineData("2024-03-11", VisitStatus.Done)]     // due plus 7 days: inside
    [InlineData("2024-03-12", VisitStatus.Overdue)]  // due plus 8 days: outside, and the window has passed
    [InlineData("2024-02-25", VisitStatus.Overdue)]  // due minus 8 days: outside
    public void FirstVisit_WindowEdges(string assessed, VisitStatus expected)
    {
        var visits = VisitSchedule.For(FirstDose, [DateOnly.Parse(assessed)], new DateOnly(2024, 4, 1), null);
        Assert.Equal(new DateOnly(2024, 3, 4), visits[0].Due);
        Assert.Equal(expected, visits[0].Status);
    }

    [Theory]
    [InlineData("2024-03-11", VisitStatus.Due)]      // today = due + 7: still within the window
    [InlineData("2024-03-12", VisitStatus.Overdue)]  // today = due + 8
    [InlineData("2024-02-26", VisitStatus.Due)]      // today = due - 7: the window opens
    [InlineData("2024-02-25", VisitStatus.Upcoming)] // today = due - 8
    public void FirstVisit_StatusByToday(string today, VisitStatus expected)
    {
        var visits = VisitSchedule.For(FirstDose, [], DateOnly.Parse(today), null);
        Assert.Equal(expected, visits[0].Status);
    }

    [Fact]
    public void Schedule_StopsAtTreatmentEnd()
    {
        var visits = VisitSchedule.For(FirstDose, [], new DateOnly(2025, 1, 1), new DateOnly(2024, 5, 1));
        Assert.Equal([new DateOnly(2024, 3, 4), new DateOnly(2024, 4, 29)], visits.Select(v => v.Due));
    }
}
