using Trek.Clinical.Eligibility;

namespace Trek.Clinical.Tests.Eligibility;

/// <summary>
/// Issue 10: the floor of 1 month is the 2018 publication's (Laetsch et al., Lancet Oncol 2018); the current
/// registry record of the same study (NCT02637687) reads "birth through 21 years", "infants from birth". A
/// 14-day-old with infantile fibrosarcoma must not be screened out on age by default. Ages in completed
/// calendar months (PatientAge).
/// </summary>
public sealed class EligibilityCriteriaSetTests
{
    private static PatientRecord Infant(DateOnly birth, DateOnly on, string diagnosis = "infantile fibrosarcoma") =>
        PatientRecordReader.Read($"birth_date: {birth:yyyy-MM-dd}\nassessment_date: {on:yyyy-MM-dd}\ndiagnosis: {diagnosis}", "p.yaml", on);

    private static CriterionResult AgeOf(EligibilityReport r) => r.Criteria.Single(c => c.Id == "age");

    [Fact]
    public void Evaluate_14DayOldDefault_AgeMetByRegistryRecord()
    {
        var report = ScoutEligibility.Evaluate(Infant(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 24)));
        Assert.Equal("nct02637687_registry", report.CriteriaSet.Id);
        Assert.Equal(CriterionStatus.Met, AgeOf(report).Status);
        Assert.StartsWith("14 days", AgeOf(report).DecidingValue, StringComparison.Ordinal);
        Assert.Contains("birth through 21 years", AgeOf(report).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_14DayOldLaetsch2018_AgeNotMet()
    {
        var report = ScoutEligibility.Evaluate(Infant(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 24)), EligibilityCriteriaSet.Laetsch2018);
        Assert.Equal("laetsch_2018", report.CriteriaSet.Id);
        Assert.Equal(CriterionStatus.NotMet, AgeOf(report).Status);
        Assert.Contains("Lancet Oncol 2018", AgeOf(report).Source, StringComparison.Ordinal);
    }

    // Edges: day of birth (0 days), the day before and the day of 1 completed month, the day before the 22nd birthday.
    [Theory]
    [InlineData("2026-11-24", "2026-11-24", true, false)]   // day 0
    [InlineData("2026-10-25", "2026-11-24", true, false)]   // 30 days, 0 completed months
    [InlineData("2026-10-24", "2026-11-24", true, true)]    // exactly 1 month
    [InlineData("2004-11-25", "2026-11-24", true, true)]    // 21 y 11 mo: day before the 22nd birthday
    [InlineData("2004-11-24", "2026-11-24", false, false)]  // 22nd birthday
    public void Evaluate_AgeEdges_BothSets(string birth, string on, bool registry, bool laetsch)
    {
        var r = Infant(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(registry, AgeOf(ScoutEligibility.Evaluate(r, EligibilityCriteriaSet.Registry)).Status == CriterionStatus.Met);
        Assert.Equal(laetsch, AgeOf(ScoutEligibility.Evaluate(r, EligibilityCriteriaSet.Laetsch2018)).Status == CriterionStatus.Met);
    }

    [Fact]
    public void Evaluate_AgeYearsZeroOnly_KnownFromBirthUnknownWithMonthFloor()
    {
        var r = PatientRecordReader.Read("age_years: 0", "p.yaml", new DateOnly(2026, 11, 24));
        Assert.Equal(CriterionStatus.Met, AgeOf(ScoutEligibility.Evaluate(r)).Status);
        Assert.Equal(CriterionStatus.Unknown, AgeOf(ScoutEligibility.Evaluate(r, EligibilityCriteriaSet.Laetsch2018)).Status);
    }

    // NCT02637687: an ETV6 rearrangement suffices for IFS; the diagnosis may be written as the OncoTree code.
    [Theory]
    [InlineData("IFS")]
    [InlineData("fibrosarcoma, infantile type")]
    [InlineData("infantile fibrosarcoma")]
    public void Evaluate_Etv6InIfsWrittenAnyWay_FusionCriterionMet(string diagnosis)
    {
        var on = new DateOnly(2026, 11, 24);
        var r = PatientRecordReader.Read($"birth_date: 2026-11-01\ndiagnosis: {diagnosis}\netv6_rearrangement: {{documented: true, method: FISH}}", "p.yaml", on);
        Assert.Equal(CriterionStatus.Met, ScoutEligibility.Evaluate(r).Criteria.Single(c => c.Id == "ntrk_fusion").Status);
    }
}
