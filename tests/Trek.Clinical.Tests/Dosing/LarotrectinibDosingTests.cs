using Trek.Clinical.Dosing;
using Trek.Core;

namespace Trek.Clinical.Tests.Dosing;

public sealed class LarotrectinibDosingTests
{
    // Expected values: R/dose_reference.R. Rule: VITRAKVI US label 2.2 (100 mg/m2 BID below 1.0 m2, else 100 mg BID).
    // Volume: the calculated mg / 20 mg/mL rounded to the syringe graduation (Swiss VITRAKVI Fachinformation,
    // Hinweise fuer die Handhabung: 0.1 mL under 1 mL, 0.2 mL from 1 mL), computed by hand in the comments.
    [Theory]
    [InlineData(60, 6, BsaFormula.Mosteller, 0.3162, 31.6, 1.6, 1.2, "paediatric_bsa_below_1")]    // 31.62 mg = 1.581 mL -> 1.6 mL = 32 mg (+1.2%)
    [InlineData(144, 25, BsaFormula.Mosteller, 1.0, 100.0, 5.0, 0.0, "bsa_at_least_1")]           // BSA 1.00 -> flat 100 mg = 5.0 mL
    [InlineData(144, 25, BsaFormula.Haycock, 0.9826, 98.3, 5.0, 1.8, "paediatric_bsa_below_1")]    // 98.26 mg = 4.913 mL -> 5.0 mL (+1.8%)
    [InlineData(143.97, 25, BsaFormula.Mosteller, 0.9999, 100.0, 5.0, 0.0, "paediatric_bsa_below_1")] // 0.9999 m2: still mg/m2 (99.99 mg)
    [InlineData(100, 9, BsaFormula.DuBois, 0.5151, 51.5, 2.6, 1.0, "paediatric_bsa_below_1")]      // 51.51 mg = 2.5755 mL -> 2.6 mL = 52 mg (+1.0%)
    [InlineData(170, 70, BsaFormula.DuBois, 1.8097, 100.0, 5.0, 0.0, "bsa_at_least_1")]           // capped at 100 mg per dose
    public void Compute_KnownPatient_LabelDose(double h, double w, BsaFormula f, double bsa, double doseMg, double ml, double deviation, string basis)
    {
        var r = LarotrectinibDosing.Compute(new DoseRequest(h, w, f));
        Assert.Equal(bsa, r.BsaM2, 4);
        Assert.Equal((decimal)doseMg, r.DoseMg);
        Assert.Equal((decimal)ml, r.Solution!.VolumeMl);
        Assert.Equal((decimal)ml * 20m, r.Solution.DoseMg);
        Assert.Equal((decimal)deviation, r.Solution.DeviationPercent);
        Assert.Equal("twice daily", r.Frequency);
        Assert.Equal(basis, r.DosingBasis);
    }

    // Label 2.2: adults get 100 mg BID regardless of BSA; Trek takes adult as age >= 18 years.
    [Theory]
    [InlineData(17.99, 50.0, "paediatric_bsa_below_1")]
    [InlineData(18.0, 100.0, "adult")]
    public void Compute_AdultAgeEdge_FlatDoseFrom18(double age, double doseMg, string basis)
    {
        var r = LarotrectinibDosing.Compute(new DoseRequest(100, 9, AgeYears: age)); // Mosteller 0.5 m2
        Assert.Equal((decimal)doseMg, r.DoseMg);
        Assert.Equal(basis, r.DosingBasis);
    }

    // Label 2.3 Table 1: BSA >= 1.0 m2: 75 BID, 50 BID, 100 mg once daily; BSA < 1.0 m2: 75, 50, 25 mg/m2 BID.
    [Theory]
    [InlineData(170, 70, 0, 100.0, "twice daily")]
    [InlineData(170, 70, 1, 75.0, "twice daily")]
    [InlineData(170, 70, 2, 50.0, "twice daily")]
    [InlineData(170, 70, 3, 100.0, "once daily")]
    [InlineData(100, 9, 1, 37.5, "twice daily")]   // 75 mg/m2 x 0.5 m2
    [InlineData(100, 9, 2, 25.0, "twice daily")]   // 50 mg/m2 x 0.5 m2
    [InlineData(100, 9, 3, 12.5, "twice daily")]   // 25 mg/m2 x 0.5 m2
    public void Compute_AdverseReactionLevel_LabelTable1(double h, double w, int reductions, double doseMg, string frequency)
    {
        var r = LarotrectinibDosing.Compute(new DoseRequest(h, w, Reductions: reductions));
        Assert.Equal("treat", r.Status);
        Assert.Equal((decimal)doseMg, r.DoseMg);
        Assert.Equal(frequency, r.Frequency);
    }

    // Label 2.3: permanently discontinue when not tolerated after three dose modifications.
    [Fact]
    public void Compute_FourthModification_Discontinue()
    {
        var r = LarotrectinibDosing.Compute(new DoseRequest(170, 70, Reductions: 4));
        Assert.Equal("discontinue", r.Status);
        Assert.Null(r.DoseMg);
        Assert.Null(r.Solution);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Compute_ReductionsOutOfRange_Throws(int reductions)
    {
        Assert.Throws<InputException>(() => LarotrectinibDosing.Compute(new DoseRequest(170, 70, Reductions: reductions)));
    }

    // Label 2.6: 50% starting-dose reduction for moderate (Child-Pugh B) or severe (C) impairment; none for mild.
    // Label 2.4: 50% with a strong CYP3A4 inhibitor. Label 2.5: double with a strong CYP3A4 inducer.
    [Theory]
    [InlineData(HepaticImpairment.None, false, false, 100.0)]
    [InlineData(HepaticImpairment.Mild, false, false, 100.0)]
    [InlineData(HepaticImpairment.Moderate, false, false, 50.0)]
    [InlineData(HepaticImpairment.Severe, false, false, 50.0)]
    [InlineData(HepaticImpairment.None, true, false, 50.0)]
    [InlineData(HepaticImpairment.None, false, true, 200.0)]
    [InlineData(HepaticImpairment.Moderate, true, false, 25.0)]   // combination not in the label: multiplied, with a note
    public void Compute_LabelModification_AdultDose(HepaticImpairment hepatic, bool inhibitor, bool inducer, double doseMg)
    {
        var r = LarotrectinibDosing.Compute(new DoseRequest(170, 70, AgeYears: 40, Hepatic: hepatic, StrongCyp3a4Inhibitor: inhibitor, StrongCyp3a4Inducer: inducer));
        Assert.Equal((decimal)doseMg, r.DoseMg);
    }

    [Fact]
    public void Compute_InhibitorAndInducer_Refused()
    {
        var ex = Assert.Throws<InputException>(() => LarotrectinibDosing.Compute(new DoseRequest(170, 70, StrongCyp3a4Inhibitor: true, StrongCyp3a4Inducer: true)));
        Assert.Contains("inhibitor and a strong CYP3A4 inducer", ex.Message);
    }

    // Age plausibility: 0-120 years inclusive (issue 3: refuse negative ages).
    [Theory]
    [InlineData(-0.01)]
    [InlineData(-1)]
    [InlineData(120.5)]
    public void Compute_ImpossibleAge_Throws(double age)
    {
        var ex = Assert.Throws<InputException>(() => LarotrectinibDosing.Compute(new DoseRequest(100, 15, AgeYears: age)));
        Assert.Contains("is impossible", ex.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(120.0)]
    public void Compute_AgeAtLimit_Accepted(double age)
    {
        Assert.Equal("treat", LarotrectinibDosing.Compute(new DoseRequest(100, 15, AgeYears: age)).Status);
    }

    // Capsule rounding: nearest multiple of 25 mg only if within 10% (HOPA position statement, Fahrenbruch 2018).
    [Theory]
    [InlineData(31.62, null, null, null)]   // 25 mg is -20.9%: oral solution only (issue 3 infant)
    [InlineData(27.5, 25.0, 0, 1)]          // -9.1%
    [InlineData(22.75, 25.0, 0, 1)]         // +9.9%: inside
    [InlineData(22.7, null, null, null)]    // +10.1%: outside
    [InlineData(98.26, 100.0, 1, 0)]        // +1.8%: Haycock 144 cm / 25 kg
    [InlineData(12.0, null, null, null)]    // nearest multiple is 0 mg
    [InlineData(137.5, 150.0, 1, 2)]        // 137.5/25 = 5.5 rounds away from zero to 6 (+9.1%)
    public void CapsulesFor_TenPercentRule_OfferedOnlyInside(double exact, double? capsuleMg, int? n100, int? n25)
    {
        var c = LarotrectinibDosing.CapsulesFor(exact);
        if (capsuleMg is null)
        {
            Assert.Null(c);
            return;
        }

        Assert.NotNull(c);
        Assert.Equal((decimal)capsuleMg.Value, c.DoseMg);
        Assert.Equal(n100, c.Capsules100Mg);
        Assert.Equal(n25, c.Capsules25Mg);
    }
}
