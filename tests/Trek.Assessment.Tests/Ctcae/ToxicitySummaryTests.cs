using Trek.Assessment.Ctcae;
using Trek.Core;

namespace Trek.Assessment.Tests.Ctcae;

/// <summary>Per-subject worst grade and the safety table, counted by hand from the rows below.</summary>
public sealed class ToxicitySummaryTests
{
    // P1: ALT 121 (g2) then 201 (g3); ANC 0.49 (g4).  P2: ALT 50 (g1).  P3: ALT 30 (g0); ANC 1.6 no LLN (undecided).
    // ALT: worst grades 3, 1, 0 -> all grades 2/3 = 66.7 %, grade 3-4 1/3 = 33.3 %.
    // ANC: P1 grade 4, P3 undecided -> all grades 1/3 = 33.3 %, grade 3-4 1/3 = 33.3 %, not gradable 1.
    private const string Csv = """
        subject,date,test,value,unit,uln,lln,baseline
        P1,2024-01-08,ALT,121,U/L,40,,30
        P1,2024-01-15,ALT,201,U/L,40,,30
        P1,2024-01-15,ANC,0.49,10^9/L,,1.8,
        P2,2024-01-08,ALT,50,U/L,40,,
        P3,2024-01-08,ALT,30,U/L,40,,
        P3,2024-01-08,ANC,1.6,10^9/L,,,
        """;

    [Fact]
    public void From_ThreePatients_CountsWorstGrades()
    {
        var summary = ToxicitySummary.From(LabCsvReader.Read(new StringReader(Csv), "labs.csv", _ => { }, _ => { }));
        Assert.Equal(3, summary.Patients);
        var alt = summary.Table.Single(r => r.Test == "ALT");
        Assert.Equal(("Alanine aminotransferase increased", 2, 66.7m, 1, 33.3m), (alt.Term, alt.AllGrades, alt.AllGradesPct, alt.Grade3To4, alt.Grade3To4Pct));
        Assert.Equal((1, 0, 1, 0), (alt.Grade1, alt.Grade2, alt.Grade3, alt.Grade4));
        var anc = summary.Table.Single(r => r.Test == "ANC");
        Assert.Equal((2, 1, 33.3m, 1, 33.3m, 1), (anc.Patients, anc.AllGrades, anc.AllGradesPct, anc.Grade3To4, anc.Grade3To4Pct, anc.NotGradable));
        var p1Alt = summary.Worst.Single(w => w.Subject == "P1" && w.Test == "ALT");
        Assert.Equal((3, new DateOnly(2024, 1, 15), 2), (p1Alt.Grade, p1Alt.Date, p1Alt.Values));
    }

    // An unknown test no longer aborts the file: CtcaeV5TermsTests.Read_UnsupportedTest_IsSkippedWithReasonAndTheRestGraded.
    [Fact]
    public void Read_MissingUln_ThrowsWithLine()
    {
        var ex = Assert.Throws<InputException>(() => LabCsvReader.Read(new StringReader("subject,date,test,value,unit,uln,lln,baseline\nP1,2024-01-01,AST,300,U/L,,,\n"), "labs.csv", _ => { }, _ => { }).ToList());
        Assert.Equal("labs.csv:2: AST needs the ULN (upper limit of normal) to be graded", ex.Message);
    }
}
