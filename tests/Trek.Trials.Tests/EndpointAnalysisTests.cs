using Trek.Core;
using Trek.Trials.Endpoints;
using Trek.Reports.Trials;
using Trek.Trials.Survival;

namespace Trek.Trials.Tests;

/// <summary>Data/subjects.csv (synthetic); expected values from R/endpoints_reference.R (R binom.test, survival 3.5-3).</summary>
public sealed class EndpointAnalysisTests
{
    private static readonly EndpointOptions Options = new(ConfidenceType.Log, "months", EndpointRules.DaysPerMonth, 24, [12]);

    private static EndpointReport Report()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "subjects.csv");
        using var reader = new StreamReader(path);
        return EndpointAnalysis.Analyze(SubjectCsvReader.Read(reader, path, w => throw new InvalidOperationException(w)), Options);
    }

    [Fact]
    public void Analyze_Cohorts_AreSortedWithPooledLast()
    {
        Assert.Equal(["adult", "paediatric", "all"], Report().Cohorts.Select(c => c.Cohort));
    }

    [Theory]
    [InlineData(0, 4, 8, 0.157012770487, 0.842987229513)]
    [InlineData(1, 4, 6, 0.222778095504, 0.956728131707)]
    [InlineData(2, 8, 14, 0.288609400038, 0.823388910018)]
    public void Analyze_Orr_MatchesRBinomTest(int cohort, int responders, int n, double lo, double hi)
    {
        var orr = Report().Cohorts[cohort].Orr;
        Assert.Equal((responders, n), (orr.Count, orr.N));
        Assert.Equal(lo, orr.CiLower, 11);
        Assert.Equal(hi, orr.CiUpper, 11);
    }

    // Hand count: adult CR/PR 4 + A04 (SD, progression at day 238 >= 168) but not A07 (SD, last assessment day 126);
    // paediatric 4 + P05 (SD, progression at day 364).
    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 5)]
    public void Analyze_Dcr24Weeks_CountsDurableStableDisease(int cohort, int expected) =>
        Assert.Equal(expected, Report().Cohorts[cohort].Dcr.Count);

    [Fact]
    public void Analyze_Adult_MatchesRSurvfit()
    {
        var adult = Report().Cohorts[0];
        Assert.Equal(1.839835728953, adult.TimeToResponse.Median!.Value, 10);
        Assert.Equal(1.379876796715, adult.TimeToResponse.Min!.Value, 10);
        Assert.Equal((Math.Round(12.993839835729, 11), Math.Round(7.58932238193018, 11)), (Round(adult.Dor.Median), Round(adult.Dor.MedianCiLower)));
        Assert.Null(adult.Dor.MedianCiUpper);
        Assert.Equal((Math.Round(9.42915811088296, 11), Math.Round(7.81930184804928, 11)), (Round(adult.Pfs.Median), Round(adult.Pfs.MedianCiLower)));
        Assert.Equal((Math.Round(20.9609856262834, 11), Math.Round(15.4086242299795, 11)), (Round(adult.Os.Median), Round(adult.Os.MedianCiLower)));
        Assert.Equal(0.45, adult.Pfs.Landmarks[0].Survival!.Value, 12);
        Assert.Equal(0.198211734028, adult.Pfs.Landmarks[0].CiLower!.Value, 11);
        Assert.Equal(0.502701841294, adult.Os.Landmarks[0].CiLower!.Value, 11);
    }

    [Fact]
    public void Analyze_PaediatricOs_NotReachedAsRNa()
    {
        var paediatric = Report().Cohorts[1];
        Assert.Null(paediatric.Os.Median);
        Assert.Null(paediatric.Os.MedianCiLower);
        Assert.Null(paediatric.Dor.Median);
        Assert.Equal(Math.Round(22.9979466119097, 11), Round(paediatric.Dor.MedianCiLower));
        Assert.Equal(Math.Round(32.2464065708419, 11), Round(paediatric.Pfs.Median));
    }

    [Fact]
    public void Analyze_Pooled_MatchesRSurvfit()
    {
        var all = Report().Cohorts[2];
        Assert.Equal((Math.Round(30.9322381930185, 11), Math.Round(13.5687885010267, 11)), (Round(all.Dor.Median), Round(all.Dor.MedianCiLower)));
        Assert.Equal((Math.Round(14.258726899384, 11), Math.Round(9.42915811088296, 11)), (Round(all.Pfs.Median), Round(all.Pfs.MedianCiLower)));
        Assert.Equal(0.897194353058, all.Pfs.Landmarks[0].CiUpper!.Value, 11);
        Assert.Equal(0.779220779221, all.Os.Landmarks[0].Survival!.Value, 11);
    }

    [Fact]
    public void TextWriter_PrintsNotReachedAndConfType()
    {
        var w = new StringWriter();
        EndpointTextWriter.Write(Report(), w);
        var text = w.ToString();
        Assert.Contains("conf.type=log", text);
        Assert.Contains("OS median              Not reached (95% CI NE-NE)", text);
        Assert.Contains("ORR (CR + PR)             4/8     50.0% (95% CI 15.7%-84.3%)", text);
    }

    [Theory]
    [InlineData("S1,c,2020-01-01,PR,,,,2021-01-01,,", "needs first_response_date")]
    [InlineData("S1,c,2020-01-01,SD,,,,,,", "last_known_alive_date is required")]
    [InlineData("S1,c,2020-01-01,XX,,,,2021-01-01,,", "is not CR, PR, SD, PD or NE")]
    [InlineData("S1,c,2020-01-01,SD,,2019-12-01,,2021-01-01,,", "is before first_dose_date")]
    [InlineData("S1,c,2020-01-01,SD,,,,2021-13-01,,", "is not an ISO 8601 date")]
    // Issue 10, contradictions refused with the subject named: alive-last before progression; BOR PD without a
    // progression date; a scan after the last date known alive; last known alive after death.
    [InlineData("S1,c,2020-01-01,PD,,2020-06-01,,2020-05-01,,", "subject 'S1': progression_date 2020-06-01 is after last_known_alive_date 2020-05-01")]
    [InlineData("S1,c,2020-01-01,PD,,,,2021-01-01,,", "subject 'S1': best response PD needs progression_date")]
    [InlineData("S1,c,2020-01-01,SD,,,,2021-01-01,2021-02-01,", "subject 'S1': last_assessment_date 2021-02-01 is after last_known_alive_date 2021-01-01")]
    [InlineData("S1,c,2020-01-01,PR,2021-03-01,,,2021-01-01,,", "subject 'S1': first_response_date 2021-03-01 is after last_known_alive_date 2021-01-01")]
    [InlineData("S1,c,2020-01-01,SD,,,2020-06-01,2020-07-01,,", "subject 'S1': last_known_alive_date 2020-07-01 is after death_date 2020-06-01")]
    [InlineData("S1,c,2020-01-01,PR,2020-03-01,,,2021-01-01,2020-02-01,", "subject 'S1': last_assessment_date 2020-02-01 is before first_response_date 2020-03-01")]
    public void Read_BadRow_ThrowsWithLine(string row, string message)
    {
        const string header = "subject,cohort,first_dose_date,best_overall_response,first_response_date,progression_date,death_date,last_known_alive_date,last_assessment_date,treatment_end_date";
        var ex = Assert.Throws<InputException>(() => SubjectCsvReader.Read(new StringReader(header + "\n" + row), "t.csv", _ => { }));
        Assert.StartsWith("t.csv:2: ", ex.Message);
        Assert.Contains(message, ex.Message);
    }

    // `trek response` subject TSV (its header and '.' for missing) joined with a follow-up CSV.
    [Fact]
    public void ReadWithResponse_TrekResponseTsv_JoinsFollowUp()
    {
        const string tsv = "## trek 0.1.0 response criteria=recist1.1\n"
            + "#subject\tbest_overall_response\tbest_overall_response_date\tbest_overall_response_unconfirmed\tfirst_response_date\tconfirmation_date\tprogression_date\tbaseline_date\tfirst_dose_date\tbaseline_sum\tsum_unit\tbest_change_pct\tvisits\treason\n"
            + "S1\tPR\t2020-03-01\tPR\t2020-03-01\t2020-04-01\t2020-09-01\t2019-12-20\t2020-01-01\t50\tmm\t-40\t5\tconfirmed\n"
            + "S2\tNON-CR/NON-PD\t2020-03-01\tSD\t.\t.\t.\t2019-12-20\t2020-01-02\t.\tmm\t.\t4\tnon-target only\n";
        const string followUp = "subject,cohort,death_date,last_known_alive_date,last_assessment_date\nS1,A,,2021-01-01,2020-09-01\nS2,A,,2021-01-01,2020-12-01\n";
        var subjects = SubjectCsvReader.ReadWithResponse(
            new StringReader(followUp), "f.csv", new StringReader(tsv), "r.tsv", _ => { });
        Assert.Equal(2, subjects.Count);
        Assert.Equal((BestResponse.PR, new DateOnly(2020, 3, 1), new DateOnly(2020, 9, 1)), (subjects[0].BestResponse, subjects[0].FirstResponse!.Value, subjects[0].Progression!.Value));
        Assert.Equal((BestResponse.SD, (DateOnly?)null, new DateOnly(2020, 1, 2)), (subjects[1].BestResponse, subjects[1].FirstResponse, subjects[1].FirstDose));
    }

    [Fact]
    public void ReadWithResponse_SubjectMissingFromFollowUp_Throws()
    {
        const string tsv = "#subject\tbest_overall_response\tfirst_response_date\tprogression_date\tfirst_dose_date\nS1\tPD\t.\t2020-02-01\t2020-01-01\nS9\tPD\t.\t2020-02-01\t2020-01-01\n";
        const string followUp = "subject,death_date,last_known_alive_date\nS1,,2021-01-01\n";
        var ex = Assert.Throws<InputException>(() => SubjectCsvReader.ReadWithResponse(
            new StringReader(followUp), "f.csv", new StringReader(tsv), "r.tsv", _ => { }));
        Assert.Equal("r.tsv:3: subject 'S9' has no row in f.csv", ex.Message);
    }

    private const string Header = "subject,cohort,first_dose_date,best_overall_response,first_response_date,progression_date,death_date,last_known_alive_date,last_assessment_date,treatment_end_date";

    private static readonly EndpointOptions Days = new(ConfidenceType.Log, "days", 1, 24, [100]);

    private static CohortEndpoints Analyze(string rows) =>
        EndpointAnalysis.Analyze(SubjectCsvReader.Read(new StringReader(Header + "\n" + rows), "t.csv", w => throw new InvalidOperationException(w)), Days).Cohorts.Single();

    // Issue 10: a blank last_assessment_date cell is "no assessment recorded", not "use last known alive".
    // FDA 2018 guidance (Clinical Trial Endpoints for the Approval of Cancer Drugs and Biologics), Table B: no
    // progression -> censored at the last adequate assessment. S3 (PR on day 60, blank last assessment, alive on
    // day 400) is censored at day 60, its last known scan. Hand KM on PFS times 60+, 100, 150+, 210, 300:
    // at 100 four are at risk (S3 left at 60), S = 3/4 = 0.75; at 210 two are at risk, S = 0.375;
    // the median is the first time S <= 0.5: 210 days. The old row-by-row fallback censored S3 at day 400
    // (100, 150+, 210, 300, 400+: S = 0.8, 0.533, 0.267) and printed a median of 300.
    [Fact]
    public void Pfs_BlankLastAssessmentCell_CensorsAtLastScanNotLastKnownAlive()
    {
        var c = Analyze("""
            S1,c,2024-01-01,PD,,2024-04-10,,2024-12-01,2024-04-10,
            S2,c,2024-01-01,SD,,2024-07-29,,2024-12-01,2024-07-29,
            S3,c,2024-01-01,PR,2024-03-01,,,2025-02-04,,
            S4,c,2024-01-01,SD,,2024-10-27,,2024-12-01,2024-10-27,
            S5,c,2024-01-01,SD,,,,2025-05-15,2024-05-30,
            """);
        Assert.Equal(210.0, c.Pfs.Median);
        Assert.Equal(0.75, c.Pfs.Landmarks[0].Survival!.Value, 12);
        // DoR of S3 alone: response day 60, censored the same day (0 days), not 340 days.
        Assert.Equal((1, 0), (c.Dor.N, c.Dor.Events));
        Assert.Null(c.Dor.Median);
    }

    // FDA 2018 Table B: "no baseline or no adequate post-baseline tumour assessment: censored at randomization"
    // (here the first dose): NE with neither last assessment nor response date is censored at day 0.
    [Fact]
    public void Pfs_NoAssessmentAtAll_CensorsAtDayZero()
    {
        var c = Analyze("S1,c,2024-01-01,NE,,,,2024-12-01,,\nS2,c,2024-01-01,PD,,2024-02-01,,2024-12-01,2024-02-01,");
        // Times 0+ and 31: at 0 the censored subject leaves before the event (R counts censoring at its time), S(31) = 0.
        Assert.Equal(31.0, c.Pfs.Median);
        Assert.Equal((2, 1), (c.Pfs.N, c.Pfs.Events));
    }

    // Issue 10 / RECIST 1.1 "Duration of stable disease": SD lasts to progression, or without progression to the last
    // assessment showing it; death is not SD time. Landmark 24 weeks = 168 days. S1: SD, last scan day 100, died day
    // 200 without progression: not controlled (the old rule counted 200 >= 168). S2: SD, last scan day 170: controlled.
    // S3: SD, progression on day 168 exactly: controlled (>=).
    [Fact]
    public void Dcr_DeathWithoutProgression_IsNotStableDiseaseTime()
    {
        var c = Analyze("""
            S1,c,2024-01-01,SD,,,2024-07-19,,2024-04-10,
            S2,c,2024-01-01,SD,,,,2024-12-01,2024-06-19,
            S3,c,2024-01-01,SD,,2024-06-17,,2024-12-01,2024-06-17,
            """);
        Assert.Equal(2, c.Dcr.Count);
    }

    private static double Round(double? v) => Math.Round(v!.Value, 11);
}
