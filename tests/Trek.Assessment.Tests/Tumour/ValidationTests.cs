using Trek.Assessment.Tumour;
using Trek.Core;
using static Trek.Assessment.Tests.Tumour.Lesions;

namespace Trek.Assessment.Tests.Tumour;

/// <summary>Baseline and file checks: bad input is one clear error naming the line, never a guess.</summary>
public sealed class ValidationTests
{
    // RECIST 1.1 §4.2: "a maximum of five lesions total (and a maximum of two lesions per organ)".
    [Fact]
    public void Assess_SixTargets_ThrowsAtSixthLine()
    {
        var rows = Enumerable.Range(1, 6).Select(i => T(0, $"L{i}", 20, organ: $"organ{i}")).ToArray();
        var ex = Assert.Throws<InputException>(() => One(rows));
        Assert.Equal("lesions.csv:7: subject S1: 6 target lesions at baseline; RECIST 1.1 §4.2 allows at most 5", ex.Message);
    }

    [Fact]
    public void Assess_ThreeTargetsInOneOrgan_Throws()
    {
        var ex = Assert.Throws<InputException>(() => One(T(0, "L1", 20), T(0, "L2", 20), T(0, "L3", 20)));
        Assert.Contains("3 target lesions in organ 'lung'; RECIST 1.1 §4.2 allows at most 2 per organ", ex.Message);
    }

    // RECIST 1.1 §3.1.1: measurable = >= 10 mm; a pathological node is measurable at >= 15 mm short axis.
    [Theory]
    [InlineData(9.9, false, "measurable needs >= 10 mm")]
    [InlineData(14.9, true, "a measurable node needs >= 15 mm")]
    public void Assess_NonMeasurableBaselineTarget_Throws(decimal mm, bool node, string message)
    {
        var ex = Assert.Throws<InputException>(() => One(T(0, "L1", mm, node: node)));
        Assert.StartsWith("lesions.csv:2:", ex.Message);
        Assert.Contains(message, ex.Message);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(15, true)]
    public void Assess_BaselineTargetAtMeasurableLimit_IsAccepted(decimal mm, bool node)
    {
        var s = One(T(0, "L1", mm, node: node));
        Assert.Equal(mm, s.BaselineSum);
    }

    [Fact]
    public void Assess_DatesOutOfOrder_Throws()
    {
        var ex = Assert.Throws<InputException>(() => One(T(56, "L1", 20), T(0, "L1", 30)));
        Assert.Equal("lesions.csv:3: subject S1: date 2024-01-01 comes after 2024-02-26 (line 2); a subject's rows must be in date order, the first date being baseline", ex.Message);
    }

    [Fact]
    public void Assess_TargetNotPresentAtBaseline_Throws()
    {
        var ex = Assert.Throws<InputException>(() => One(T(0, "L1", 30), T(56, "L1", 30), T(56, "L9", 12)));
        Assert.Contains("lesion L9 is a target on 2024-02-26 but not a baseline target", ex.Message);
    }

    [Fact]
    public void Read_BadKind_ThrowsWithLine()
    {
        var ex = Assert.Throws<InputException>(() => One(T(0, "L1", 30), "S1,2024-02-01,L1,tumour,lung,no,20,"));
        Assert.Equal("lesions.csv:3: kind 'tumour' is not target, nontarget or new", ex.Message);
    }

    [Fact]
    public void Read_MissingColumn_Throws()
    {
        var ex = Assert.Throws<InputException>(() => LesionCsvReader.Read(new StringReader("subject,date\nS1,2024-01-01\n"), "x.csv", ResponseCriteria.Recist11, _ => { }).ToList());
        Assert.StartsWith("x.csv:1: missing column(s): lesion, kind, organ, node, diameter_mm, status", ex.Message);
    }

    [Fact]
    public void Read_BadDate_Throws()
    {
        var ex = Assert.Throws<InputException>(() => One("S1,01/02/2024,L1,target,lung,no,20,"));
        Assert.Equal("lesions.csv:2: column 'date': '01/02/2024' is not an ISO 8601 date (yyyy-mm-dd)", ex.Message);
    }
}
