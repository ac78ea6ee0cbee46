using Trek.Core;
using Trek.Trials.Endpoints;
using Trek.Trials.Survival;
using Trek.Trials.Tables;

namespace Trek.Trials.Tests;

/// <summary>Data/subjects.csv (synthetic); expected values from R/endpoints_reference.R (R binom.test, survival 3.5-3).</summary>
public sealed class EndpointAnalysisTests
{
    private static readonly EndpointOptions Options = new(ConfidenceType.Log, "months", EndpointRules.DaysPerMonth, 24, [12]);

    private static EndpointReport Report()
    {
        var table = CsvTable.Read(Path.Combine(AppContext.BaseDirectory, "Data", "subjects.csv"));
        return EndpointAnalysis.Analyze(SubjectCsvReader.Read(table), Options);
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
    [InlineData("S1,c,2020-01-01,SD,,,,2021-13-01,,", "is not a date")]
    public void Read_BadRow_ThrowsWithLine(string row, string message)
    {
        const string header = "subject,cohort,first_dose_date,best_overall_response,first_response_date,progression_date,death_date,last_known_alive_date,last_assessment_date,treatment_end_date";
        var table = CsvTable.Parse(new StringReader(header + "\n" + row), "t.csv");
        var ex = Assert.Throws<InputException>(() => SubjectCsvReader.Read(table));
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
            CsvTable.Parse(new StringReader(followUp), "f.csv"), CsvTable.Parse(new StringReader(tsv), "r.tsv", '\t'));
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
            CsvTable.Parse(new StringReader(followUp), "f.csv"), CsvTable.Parse(new StringReader(tsv), "r.tsv", '\t')));
        Assert.Equal("r.tsv:3: subject 'S9' has no row in f.csv", ex.Message);
    }

    private static double Round(double? v) => Math.Round(v!.Value, 11);
}
