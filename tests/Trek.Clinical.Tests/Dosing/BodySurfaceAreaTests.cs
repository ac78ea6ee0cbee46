using Trek.Clinical.Dosing;
using Trek.Core;

namespace Trek.Clinical.Tests.Dosing;

public sealed class BodySurfaceAreaTests
{
    // Reference values: R/dose_reference.R (same three formulas evaluated in R, printed to 6 decimals).
    [Theory]
    [InlineData(BsaFormula.Mosteller, 60, 6, 0.316228)]      // Mosteller NEJM 1987; issue 3 known case 0.3162 m2
    [InlineData(BsaFormula.Mosteller, 144, 25, 1.000000)]    // issue 3 known case 1.00 m2
    [InlineData(BsaFormula.Haycock, 144, 25, 0.982579)]      // Haycock J Pediatr 1978; issue 3 known case 0.9826 m2
    [InlineData(BsaFormula.DuBois, 100, 9, 0.515133)]        // Du Bois 1916
    [InlineData(BsaFormula.DuBois, 170, 70, 1.809708)]
    [InlineData(BsaFormula.Mosteller, 143.97, 25, 0.999896)] // just under the label's 1.0 m2 threshold
    public void Compute_KnownPatient_MatchesR(BsaFormula formula, double height, double weight, double expected)
    {
        Assert.Equal(expected, BodySurfaceArea.Compute(formula, height, weight), 6);
    }

    // Plausibility limits (Trek's, documented in docs/clinical.md): height 20-250 cm, weight 0.3-300 kg, inclusive.
    [Theory]
    [InlineData(20, 10)]
    [InlineData(250, 10)]
    [InlineData(100, 0.3)]
    [InlineData(100, 300)]
    public void Compute_AtPlausibilityLimit_Accepted(double height, double weight)
    {
        Assert.True(BodySurfaceArea.Compute(BsaFormula.Mosteller, height, weight) > 0);
    }

    [Theory]
    [InlineData(0, 6, "height 0 cm is impossible")]          // issue 3: refuse height 0
    [InlineData(19.99, 6, "height 19.99 cm is impossible")]
    [InlineData(250.01, 60, "height 250.01 cm is impossible")]
    [InlineData(-60, 6, "height -60 cm is impossible")]
    [InlineData(100, 500, "weight 500 kg is impossible")]    // issue 3: refuse 500 kg
    [InlineData(100, 300.01, "weight 300.01 kg is impossible")]
    [InlineData(100, 0.29, "weight 0.29 kg is impossible")]
    [InlineData(100, 0, "weight 0 kg is impossible")]
    public void Compute_ImpossibleInput_ThrowsNamingTheValue(double height, double weight, string message)
    {
        var ex = Assert.Throws<InputException>(() => BodySurfaceArea.Compute(BsaFormula.Mosteller, height, weight));
        Assert.StartsWith(message, ex.Message);
    }
}
