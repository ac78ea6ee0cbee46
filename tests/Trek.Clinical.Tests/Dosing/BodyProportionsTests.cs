using Trek.Clinical.Dosing;
using Trek.Core;

namespace Trek.Clinical.Tests.Dosing;

/// <summary>
/// Trek's plausibility rule: BMI 5-100 kg/m2 (docs/clinical.md; beyond the WHO 2006 and CDC 2000 BMI-for-age
/// extremes and WHO class III obesity). BMI = kg / m^2 computed by hand in each comment.
/// </summary>
public sealed class BodyProportionsTests
{
    [Theory]
    [InlineData(60, 62)]      // the audit's "6,2" read as 62: 62 / 0.36 = 172.2
    [InlineData(160, 6)]      // weight slipped tenfold down: 6 / 2.56 = 2.3
    [InlineData(100, 4.99)]   // 4.99 / 1 = 4.99, just under 5
    [InlineData(100, 100.01)] // just over 100
    public void Check_Implausible_Refused(double heightCm, double weightKg)
    {
        var ex = Assert.Throws<InputException>(() => BodyProportions.Check(heightCm, weightKg, force: false));
        Assert.Contains("BMI", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--force", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 5.0)]    // 5.0 exactly: accepted (bound inclusive)
    [InlineData(100, 100.0)]  // 100 exactly
    [InlineData(28, 0.5)]     // extremely preterm neonate: 0.5 / 0.0784 = 6.4
    [InlineData(60, 6.2)]     // the intended value: 17.2
    [InlineData(150, 200)]    // severe adult obesity: 88.9
    public void Check_Plausible_NoWarning(double heightCm, double weightKg)
    {
        Assert.Null(BodyProportions.Check(heightCm, weightKg, force: false));
    }

    [Fact]
    public void Compute_Forced_DoseWithWarning()
    {
        // 60 cm, 62 kg: Mosteller sqrt(60 x 62 / 3600) = 1.0165 m2 -> flat 100 mg; printed with a warning.
        var r = LarotrectinibDosing.Compute(new DoseRequest(60, 62, Force: true));
        Assert.Equal(100m, r.DoseMg);
        Assert.Single(r.Warnings);
        Assert.StartsWith("WARNING: height 60 cm with weight 62 kg gives a BMI of 172.2", r.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NotForced_Refused()
    {
        Assert.Throws<InputException>(() => LarotrectinibDosing.Compute(new DoseRequest(60, 62)));
    }
}
