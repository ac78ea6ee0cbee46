using Trek.Clinical.Eligibility;

namespace Trek.Clinical.Tests.Eligibility;

public sealed class PatientAgeTests
{
    // Completed calendar months; month-end birthdays fall on the last day of shorter months (DateOnly.AddMonths).
    [Theory]
    [InlineData("2026-01-31", "2026-02-27", 0)]
    [InlineData("2026-01-31", "2026-02-28", 1)]
    [InlineData("2024-02-29", "2025-02-28", 12)]
    [InlineData("2020-05-10", "2020-05-10", 0)]
    [InlineData("2020-05-10", "2042-05-09", 263)]
    [InlineData("2020-05-10", "2042-05-10", 264)]
    public void CompletedMonths_CalendarEdges(string birth, string on, int months)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(months, PatientAge.CompletedMonths(DateOnly.Parse(birth, c), DateOnly.Parse(on, c)));
    }
}
