using Trek.Assessment.Ctcae;
using Trek.Core;

namespace Trek.Assessment.Tests.Ctcae;

/// <summary>
/// CTCAE v5.0 (NCI, 27 Nov 2017) terms added in issue 10, censored values and the treatment-emergent rule.
/// Every expected grade is read off the v5.0 wording quoted beside it; range notation as in CtcaeGrader.
/// </summary>
public sealed class CtcaeV5TermsTests
{
    // GGT increased / Alkaline phosphatase increased, baseline normal, ULN 50: 1 ">ULN - 2.5 x ULN" (125),
    // 2 ">2.5 - 5.0 x ULN" (250), 3 ">5.0 - 20.0 x ULN" (1000), 4 ">20.0 x ULN".
    [Theory]
    [InlineData("GGT", 50, 0)]
    [InlineData("GGT", 50.1, 1)]
    [InlineData("GGT", 125, 1)]
    [InlineData("GGT", 125.1, 2)]
    [InlineData("GGT", 250, 2)]
    [InlineData("GGT", 250.1, 3)]
    [InlineData("GGT", 1000, 3)]
    [InlineData("GGT", 1000.1, 4)]
    [InlineData("ALP", 125, 1)]
    [InlineData("ALP", 125.1, 2)]
    [InlineData("ALP", 1000.1, 4)]
    public void Grade_GgtAlpBaselineNormal_AtEveryEdge(string test, decimal value, int expected) =>
        Assert.Equal(expected, CtcaeGrader.Grade(LabTests.Parse(test)!.Value, value, "U/L", 50).Grade);

    // Baseline abnormal (100 > ULN 50): 1 "2.0 - 2.5 x baseline" (200-250), 2 ">2.5 - 5.0 x baseline", 3 ">5.0 - 20.0",
    // 4 ">20.0 x baseline"; below 2.0 x baseline v5.0 defines no grade: 0.
    [Theory]
    [InlineData(199.9, 0)]
    [InlineData(200, 1)]
    [InlineData(250, 1)]
    [InlineData(250.1, 2)]
    [InlineData(500, 2)]
    [InlineData(500.1, 3)]
    [InlineData(2000, 3)]
    [InlineData(2000.1, 4)]
    public void Grade_AlpBaselineAbnormal_UsesBaselineMultiples(decimal value, int expected)
    {
        var g = CtcaeGrader.Grade(LabTest.Alp, value, "U/L", 50, null, 100);
        Assert.Equal(expected, g.Grade);
        Assert.True(g.BaselineAbnormal);
    }

    // CPK increased, ULN 200: 1 ">ULN - 2.5 x ULN", 2 ">2.5 x ULN - 5 x ULN", 3 ">5 x ULN - 10 x ULN", 4 ">10 x ULN".
    [Theory]
    [InlineData(200, 0)]
    [InlineData(500, 1)]
    [InlineData(500.1, 2)]
    [InlineData(1000, 2)]
    [InlineData(1000.1, 3)]
    [InlineData(2000, 3)]
    [InlineData(2000.1, 4)]
    public void Grade_Cpk_AtEveryEdge(decimal value, int expected) =>
        Assert.Equal(expected, CtcaeGrader.Grade(LabTest.Cpk, value, "U/L", 200).Grade);

    // Lymphocyte count decreased: 1 "<LLN - 800/mm3; <LLN - 0.8 x 10e9/L", 2 "<0.8 - 0.5", 3 "<0.5 - 0.2", 4 "<0.2 x 10e9/L".
    [Theory]
    [InlineData("1.0", "10^9/L", 0)]
    [InlineData("0.99", "10^9/L", 1)]
    [InlineData("0.8", "10^9/L", 1)]
    [InlineData("0.79", "10^9/L", 2)]
    [InlineData("0.5", "10^9/L", 2)]
    [InlineData("0.49", "10^9/L", 3)]
    [InlineData("0.2", "10^9/L", 3)]
    [InlineData("0.19", "10^9/L", 4)]
    [InlineData("800", "cells/uL", 1)]
    [InlineData("799", "/mm3", 2)]
    public void Grade_Lymphocytes_AtEveryEdge(string value, string unit, int expected)
    {
        var lln = unit == "10^9/L" ? 1.0m : 1000m;
        Assert.Equal(expected, CtcaeGrader.Grade(LabTest.Lymphocytes, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, null, lln).Grade);
    }

    // Hypoalbuminemia: 1 "<LLN - 3 g/dL; <LLN - 30 g/L", 2 "<3 - 2 g/dL", 3 "<2 g/dL"; grade 4 is clinical.
    [Theory]
    [InlineData(3.5, "g/dL", 0)]
    [InlineData(3.49, "g/dL", 1)]
    [InlineData(3.0, "g/dL", 1)]
    [InlineData(2.99, "g/dL", 2)]
    [InlineData(2.0, "g/dL", 2)]
    [InlineData(1.99, "g/dL", 3)]
    [InlineData(0.5, "g/dL", 3)]
    [InlineData(29, "g/L", 2)]
    public void Grade_Albumin_AtEveryEdge(decimal value, string unit, int expected)
    {
        var lln = unit == "g/L" ? 35m : 3.5m;
        Assert.Equal(expected, CtcaeGrader.Grade(LabTest.Albumin, value, unit, null, lln).Grade);
    }

    // Censored values (issue 10): graded when every value they allow has one grade, otherwise reported undecidable.
    // ALT "<5" with ULN 40: any value in [0, 5) is <= ULN: grade 0. With ULN 5 still 0 (values below 5 are <= 5).
    // With ULN 4: [0, 4] is grade 0 and (4, 5) grade 1: undecidable. ANC "<0.5" is grade 4 ("<0.5 x 10e9/L"),
    // but "<=0.5" includes 0.5 (grade 3): undecidable. ALT ">1000" with ULN 40 is above 20 x ULN (800): grade 4;
    // ">500" may be grade 3 (<= 800) or 4.
    [Theory]
    [InlineData("ALT", "<5", 40.0, null, 0)]
    [InlineData("ALT", "<5", 5.0, null, 0)]
    [InlineData("ALT", "<=5", 5.0, null, 0)]
    [InlineData("ALT", "<5", 4.0, null, null)]
    [InlineData("ANC", "<0.5", null, 2.0, 4)]
    [InlineData("ANC", "<=0.5", null, 2.0, null)]
    [InlineData("ALT", ">1000", 40.0, null, 4)]
    [InlineData("ALT", ">=800", 40.0, null, null)]
    [InlineData("ALT", ">800", 40.0, null, 4)]
    [InlineData("ALT", ">500", 40.0, null, null)]
    [InlineData("PLT", ">150", null, 150.0, 0)]
    [InlineData("PLT", ">100", null, 150.0, null)]
    public void Grade_CensoredValue_IsExactOrUndecidable(string test, string reported, double? uln, double? lln, int? expected)
    {
        var g = CtcaeGrader.Grade(LabTests.Parse(test)!.Value, LabValue.Parse(reported, "value"), null, (decimal?)uln, (decimal?)lln);
        Assert.Equal(expected, g.Grade);
        Assert.Equal(reported, g.Censored);
        Assert.Contains(expected is null ? "not gradable" : $"grade {expected}", g.Note);
    }

    [Fact]
    public void Grade_CensoredUndecidable_NamesTheRange()
    {
        var g = CtcaeGrader.Grade(LabTest.Alt, LabValue.Parse(">500", "value"), null, 40);
        Assert.Equal("censored value >500 could be grade 3 to 4: not gradable", g.Note);
    }

    // Issue 10: "1,21" is never 121; issue 15: NaN and 1e308 end in one line, not exit 70.
    [Theory]
    [InlineData("1,21")]
    [InlineData("NaN")]
    [InlineData("<NaN")]
    [InlineData("1.2.1")]
    [InlineData("")]
    public void Parse_NotPlainNumber_IsRefused(string text) =>
        Assert.Throws<InputException>(() => LabValue.Parse(text, "--value"));

    [Theory]
    [InlineData("1e308")]
    [InlineData("2000000000")]
    public void Grade_ImplausiblyLargeLimit_IsRefusedInOneLine(string uln)
    {
        var ex = Assert.Throws<InputException>(() => Csv($"P1,2024-01-01,ALT,50,U/L,{uln},,\n"));
        Assert.StartsWith("labs.csv:2: ", ex.Message);
    }

    // Issue 10: one unsupported test must not abort the file: LDH is skipped with its reason, GGT is graded.
    [Fact]
    public void Read_UnsupportedTest_IsSkippedWithReasonAndTheRestGraded()
    {
        var skipped = new List<SkippedLab>();
        var rows = LabCsvReader.Read(new StringReader(Header + "P1,2024-01-01,LDH,300,U/L,250,,\nP1,2024-01-01,GGT,130,U/L,50,,\nP1,2024-01-02,ALT,<5,U/L,40,,\n"), "labs.csv", _ => { }, skipped.Add).ToList();
        Assert.Equal([("GGT", (int?)2), ("ALT", 0)], rows.Select(r => (r.Grade.Test, r.Grade.Grade)));
        var s = Assert.Single(skipped);
        Assert.Equal(("LDH", 2L), (s.Test, s.Line));
        Assert.StartsWith("'LDH' is not one of the CTCAE v5.0 lab terms Trek grades", s.Reason);
    }

    // Treatment-emergent rule (CTCAE/ADaM: worst post-baseline grade above the baseline grade). First dose 2024-01-10.
    // P1: baseline ALT 100 (ULN 40: grade 1, "> ULN - 3.0 x ULN"), then 110 (grade 1: not worse), then 130 (grade 2):
    // treatment-emergent grade 2 on 2024-03-01. P2: baseline grade 1, later grade 1 only: 0, not an adverse event
    // (the old rule counted it). P3: no baseline row: baseline taken as 0, grade 1 counts. All-grades n = 2 of 3.
    [Fact]
    public void Summary_AbnormalityPresentAtBaseline_IsNotAnEventUnlessItWorsens()
    {
        const string header = "subject,date,test,value,unit,uln,lln,baseline,first_dose\n";
        var rows = LabCsvReader.Read(new StringReader(header
            + "P1,2024-01-05,ALT,100,U/L,40,,,2024-01-10\nP1,2024-02-01,ALT,110,U/L,40,,,2024-01-10\nP1,2024-03-01,ALT,130,U/L,40,,,2024-01-10\n"
            + "P2,2024-01-10,ALT,90,U/L,40,,,2024-01-10\nP2,2024-02-01,ALT,100,U/L,40,,,2024-01-10\n"
            + "P3,2024-02-01,ALT,60,U/L,40,,,2024-01-10\n"), "labs.csv", _ => { }, _ => { });
        var summary = ToxicitySummary.From(rows);
        Assert.Equal([("P1", (int?)2, (int?)1), ("P2", 0, 1), ("P3", 1, null)], summary.Worst.Select(w => (w.Subject, w.Grade, w.BaselineGrade)));
        Assert.Equal(new DateOnly(2024, 3, 1), summary.Worst[0].Date);
        Assert.Equal(2, summary.Table.Single().AllGrades);
    }

    // Without baseline rows, the `baseline` value's grade (on the ULN scale) is the baseline grade. Baseline 90 with
    // ULN 40 is grade 1; 120 against that abnormal baseline is < 1.5 x 90 (grade 0); 300 is > 3.0 x 90 (grade 2).
    [Fact]
    public void Summary_BaselineValueColumn_GivesTheBaselineGrade()
    {
        var rows = LabCsvReader.Read(new StringReader(Header + "P1,2024-02-01,ALT,120,U/L,40,,90\nP2,2024-02-01,ALT,300,U/L,40,,90\n"), "labs.csv", _ => { }, _ => { });
        var summary = ToxicitySummary.From(rows);
        Assert.Equal([(0, 1), (2, 1)], summary.Worst.Select(w => (w.Grade!.Value, w.BaselineGrade!.Value)));
    }

    private const string Header = "subject,date,test,value,unit,uln,lln,baseline\n";

    private static List<LabResult> Csv(string rows) =>
        LabCsvReader.Read(new StringReader(Header + rows), "labs.csv", _ => { }, _ => { }).ToList();
}
