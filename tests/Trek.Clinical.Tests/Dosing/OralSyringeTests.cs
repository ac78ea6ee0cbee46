using Trek.Clinical.Dosing;

namespace Trek.Clinical.Tests.Dosing;

/// <summary>
/// Rule: Swiss VITRAKVI Fachinformation (Swissmedic 67281), Hinweise fuer die Handhabung: under 1 mL a 1 mL oral
/// syringe graduated in 0.1 mL, from 1 mL a 5 mL oral syringe graduated in 0.2 mL; offered only within 10% of the
/// calculated dose (HOPA 2018). Expected values by hand: mg / 20 = mL, rounded half away from zero to the graduation.
/// </summary>
public sealed class OralSyringeTests
{
    [Theory]
    [InlineData(31.62, 1.6, 32.0, 1.2, 5.0, 0.2)]    // 1.581 mL: 5 mL syringe, 0.2 mL steps
    [InlineData(19.0, 1.0, 20.0, 5.3, 1.0, 0.1)]     // 0.95 mL: under 1 mL so 0.1 mL steps; 9.5 steps rounds up to 1.0 mL
    [InlineData(20.0, 1.0, 20.0, 0.0, 5.0, 0.2)]     // exactly 1 mL: the 5 mL syringe
    [InlineData(21.0, 1.0, 20.0, -4.8, 5.0, 0.2)]    // 1.05 mL -> 5.25 steps -> 1.0 mL
    [InlineData(9.5, 0.5, 10.0, 5.3, 1.0, 0.1)]      // 0.475 mL -> 0.5 mL
    [InlineData(10.5, 0.5, 10.0, -4.8, 1.0, 0.1)]    // 0.525 mL -> 5.25 steps -> 0.5 mL
    [InlineData(12.5, 0.6, 12.0, -4.0, 1.0, 0.1)]    // 0.625 mL -> 6.25 steps -> 0.6 mL
    [InlineData(200.0, 10.0, 200.0, 0.0, 5.0, 0.2)]  // doubled for a CYP3A4 inducer: two 5 mL syringefuls
    public void For_Dose_NearestGraduation(double mg, double ml, double givenMg, double deviation, double syringe, double step)
    {
        var s = OralSyringe.For(mg, 20m)!;
        Assert.Equal((decimal)ml, s.VolumeMl);
        Assert.Equal((decimal)givenMg, s.DoseMg);
        Assert.Equal((decimal)deviation, s.DeviationPercent);
        Assert.Equal((decimal)syringe, s.SyringeMl);
        Assert.Equal((decimal)step, s.GraduationMl);
    }

    // Below 10 mg a 0.1 mL step (2 mg) can exceed 10%: 9 mg -> 0.45 mL -> 0.5 mL = 10 mg (+11.1%); 1 mg -> 0.1 mL (+100%).
    [Theory]
    [InlineData(9.0)]
    [InlineData(1.0)]
    [InlineData(0.9)]   // 0.045 mL rounds to 0.0 mL: nothing to give
    public void For_DoseNotMeasurableWithin10Percent_Null(double mg)
    {
        Assert.Null(OralSyringe.For(mg, 20m));
    }

    [Fact]
    public void Compute_VeryLowDose_NoSolutionAndNoteSaysPharmacy()
    {
        // 30 cm, 0.5 kg (Mosteller 0.0645 m2), 25 mg/m2 level, moderate hepatic: 0.0645 x 25 x 0.5 = 0.806 mg.
        var r = LarotrectinibDosing.Compute(new DoseRequest(30, 0.5, Reductions: 3, Hepatic: HepaticImpairment.Moderate));
        Assert.Null(r.Solution);
        Assert.Contains(r.Notes, n => n.Contains("ask the pharmacy", StringComparison.Ordinal));
    }
}
