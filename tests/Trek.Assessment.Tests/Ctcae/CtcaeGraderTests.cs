using Trek.Assessment.Ctcae;
using Trek.Core;

namespace Trek.Assessment.Tests.Ctcae;

/// <summary>CTCAE v5.0 (NCI, 27 Nov 2017) lab grades at every boundary. Expected grades read off the v5.0 table.</summary>
public sealed class CtcaeGraderTests
{
    // "Alanine aminotransferase increased": grade 1 ">ULN - 3.0 x ULN if baseline was normal", 2 ">3.0 - 5.0 x ULN",
    // 3 ">5.0 - 20.0 x ULN", 4 ">20.0 x ULN". ULN 40 U/L: 120 = 3.0 x ULN is still grade 1.
    [Theory]
    [InlineData(40, 0)]
    [InlineData(40.1, 1)]
    [InlineData(120, 1)]
    [InlineData(121, 2)]
    [InlineData(200, 2)]
    [InlineData(201, 3)]
    [InlineData(800, 3)]
    [InlineData(801, 4)]
    public void Grade_AltBaselineNormal_FollowsMultiplesOfUln(decimal value, int grade)
    {
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Alt, value, "U/L", uln: 40).Grade);
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Ast, value, "U/L", uln: 40, baseline: 30).Grade);
    }

    // Baseline abnormal (80 > ULN 40): grade 1 "1.5 - 3.0 x baseline", 2 ">3.0 - 5.0 x baseline",
    // 3 ">5.0 - 20.0 x baseline", 4 ">20.0 x baseline". 110 < 1.5 x 80 = 120 is grade 0.
    [Theory]
    [InlineData(110, 0)]
    [InlineData(119.99, 0)]
    [InlineData(120, 1)]
    [InlineData(240, 1)]
    [InlineData(241, 2)]
    [InlineData(401, 3)]
    [InlineData(1601, 4)]
    public void Grade_AltBaselineAbnormal_FollowsMultiplesOfBaseline(decimal value, int grade)
    {
        var g = CtcaeGrader.Grade(LabTest.Alt, value, "U/L", uln: 40, baseline: 80);
        Assert.Equal(grade, g.Grade);
        Assert.True(g.BaselineAbnormal);
    }

    // "Neutrophil count decreased": 1 "<LLN - 1500/mm3; <LLN - 1.5 x 10e9/L", 2 "<1.5 - 1.0", 3 "<1.0 - 0.5", 4 "<0.5".
    [Theory]
    [InlineData(0.49, 4)]
    [InlineData(0.5, 3)]
    [InlineData(0.99, 3)]
    [InlineData(1.0, 2)]
    [InlineData(1.49, 2)]
    [InlineData(1.5, 1)]
    [InlineData(1.99, 1)]
    [InlineData(2.0, 0)]
    public void Grade_Neutrophils_FollowsAbsoluteThresholds(decimal value, int grade)
    {
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Anc, value, "10^9/L", lln: 2.0m).Grade);
    }

    // 500 cells/uL = 0.5 x 10^9/L (x 0.001, exact in decimal).
    [Theory]
    [InlineData(500, "cells/uL", 3)]
    [InlineData(490, "/mm3", 4)]
    [InlineData(0.5, "G/L", 3)]
    [InlineData(0.49, "10*9/L", 4)]
    [InlineData(1000, "cells/mm^3", 2)]
    public void Grade_NeutrophilsInOtherUnits_AreConverted(decimal value, string unit, int grade)
    {
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Anc, value, unit).Grade);
    }

    // Above the grade 1 floor without an LLN the data cannot decide grade 0 or 1: null, with a note.
    [Fact]
    public void Grade_NeutrophilsAboveFloorWithoutLln_IsUndecided()
    {
        var g = CtcaeGrader.Grade(LabTest.Anc, 1.6m);
        Assert.Null(g.Grade);
        Assert.Contains("LLN not given", g.Note);
    }

    // "White blood cell decreased": <LLN - 3.0; <3.0 - 2.0; <2.0 - 1.0; <1.0 (x 10^9/L).
    [Theory]
    [InlineData(0.99, 4)]
    [InlineData(1.0, 3)]
    [InlineData(2.0, 2)]
    [InlineData(3.0, 1)]
    [InlineData(4.0, 0)]
    public void Grade_Leukocytes_FollowsAbsoluteThresholds(decimal value, int grade)
    {
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Wbc, value, lln: 4.0m).Grade);
    }

    // "Platelet count decreased": <LLN - 75.0; <75.0 - 50.0; <50.0 - 25.0; <25.0 (x 10^9/L).
    [Theory]
    [InlineData(24.9, 4)]
    [InlineData(25, 3)]
    [InlineData(50, 2)]
    [InlineData(75, 1)]
    [InlineData(150, 0)]
    public void Grade_Platelets_FollowsAbsoluteThresholds(decimal value, int grade)
    {
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Platelets, value, lln: 150).Grade);
    }

    // "Anemia": 1 "<LLN - 10.0 g/dL; <LLN - 6.2 mmol/L; <LLN - 100 g/L", 2 "<10.0 - 8.0 g/dL; <6.2 - 4.9 mmol/L;
    // <100 - 80 g/L", 3 "<8.0 g/dL; <4.9 mmol/L; <80 g/L". Grade 4 is clinical, never from the value.
    [Theory]
    [InlineData(7.9, "g/dL", 12, 3)]
    [InlineData(8.0, "g/dL", 12, 2)]
    [InlineData(10.0, "g/dL", 12, 1)]
    [InlineData(12.0, "g/dL", 12, 0)]
    [InlineData(79, "g/L", 120, 3)]
    [InlineData(80, "g/L", 120, 2)]
    [InlineData(4.8, "mmol/L", 7.4, 3)]
    [InlineData(4.9, "mmol/L", 7.4, 2)]
    [InlineData(6.2, "mmol/L", 7.4, 1)]
    public void Grade_Haemoglobin_UsesTheUnitsThresholds(decimal value, string unit, decimal lln, int grade)
    {
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Haemoglobin, value, unit, lln: lln).Grade);
    }

    // "Creatinine increased": 2 ">1.5 - 3.0 x ULN", 3 ">3.0 - 6.0 x ULN". ULN 0.7 mg/dL: 2.1 = 3 x 0.7 exactly
    // is grade 2. In binary floating point 3 * 0.7 = 2.0999999999999996 < 2.1 and would give grade 3.
    [Fact]
    public void Grade_CreatinineExactlyThreeTimesUln_IsGradeTwoWithoutFloatingPointError()
    {
        Assert.True(3 * 0.7 < 2.1); // the double trap this code avoids by using decimal
        Assert.Equal(2, CtcaeGrader.Grade(LabTest.Creatinine, 2.1m, "mg/dL", uln: 0.7m).Grade);
        Assert.Equal(3, CtcaeGrader.Grade(LabTest.Creatinine, 2.11m, "mg/dL", uln: 0.7m).Grade);
    }

    // Creatinine also grades by baseline: 2 ">1.5 - 3.0 x baseline", 3 ">3.0 x baseline"; the higher reading wins.
    [Theory]
    [InlineData(0.75, 0)]
    [InlineData(0.76, 2)]
    [InlineData(1.51, 3)]
    public void Grade_CreatinineAgainstBaseline_TakesTheHigherGrade(decimal value, int grade)
    {
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Creatinine, value, "mg/dL", uln: 1.0m, baseline: 0.5m).Grade);
    }

    // "Blood bilirubin increased": baseline normal 1 ">ULN - 1.5 x ULN", 2 ">1.5 - 3.0 x ULN", 3 ">3.0 - 10.0 x ULN";
    // baseline abnormal 1 ">1.0 - 1.5 x baseline", 2 ">1.5 - 3.0 x baseline".
    [Theory]
    [InlineData(1.8, null, 1)]
    [InlineData(1.81, null, 2)]
    [InlineData(3.61, null, 3)]
    [InlineData(2.0, 2.0, 0)]
    [InlineData(3.0, 2.0, 1)]
    [InlineData(3.01, 2.0, 2)]
    public void Grade_Bilirubin_FollowsUlnOrAbnormalBaseline(decimal value, double? baseline, int grade)
    {
        Assert.Equal(grade, CtcaeGrader.Grade(LabTest.Bilirubin, value, "mg/dL", uln: 1.2m, baseline: (decimal?)baseline).Grade);
    }

    [Fact]
    public void Grade_AltWithoutUln_Throws()
    {
        var ex = Assert.Throws<InputException>(() => CtcaeGrader.Grade(LabTest.Alt, 50));
        Assert.Equal("ALT needs the ULN (upper limit of normal) to be graded", ex.Message);
    }

    [Fact]
    public void Grade_UnknownUnit_Throws()
    {
        var ex = Assert.Throws<InputException>(() => CtcaeGrader.Grade(LabTest.Anc, 1, "mg/dL"));
        Assert.Equal("unit 'mg/dL' is not one Trek knows for ANC", ex.Message);
    }
}
