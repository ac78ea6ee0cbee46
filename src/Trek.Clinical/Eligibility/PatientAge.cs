namespace Trek.Clinical.Eligibility;

/// <summary>
/// Age in completed calendar months. A birthday on the 29th-31st falls on the last day of shorter months
/// (DateOnly.AddMonths clamps), so a child born 31 January is one month old on 28/29 February.
/// </summary>
public static class PatientAge
{
    public static int CompletedMonths(DateOnly birth, DateOnly on)
    {
        if (on < birth)
        {
            throw new ArgumentOutOfRangeException(nameof(on), "the assessment date is before the birth date");
        }

        var months = ((on.Year - birth.Year) * 12) + on.Month - birth.Month;
        while (months > 0 && birth.AddMonths(months) > on)
        {
            months--;
        }

        return months;
    }

    /// <summary>Completed months from a record: birth date first, then age_months, then age_years (floor of x12).</summary>
    public static int? CompletedMonths(PatientRecord record) =>
        record.BirthDate is { } birth ? CompletedMonths(birth, record.AssessmentDate)
        : record.AgeMonths is { } months ? months
        : record.AgeYears is { } years ? (int)Math.Floor(years * 12 + 1e-9)
        : null;

    public static string Describe(int months) => $"{months / 12} y {months % 12} mo ({months} completed months)";
}
