using System.Globalization;
using Trek.Core;

namespace Trek.Clinical.Dosing;

/// <summary>
/// Height and weight checked together. Each alone can be plausible while the pair is not: 60 cm with 62 kg
/// (a decimal comma read as a thousands separator, "6,2") gives a BMI of 172 kg/m2. Trek refuses a body-mass
/// index outside <see cref="MinBmi"/>-<see cref="MaxBmi"/> unless the caller forces it, and then says so.
/// </summary>
/// <remarks>
/// Trek's rule, with its rationale. The references' extremes: WHO Child Growth Standards (2006), BMI-for-age,
/// -3 SD at birth 10.1-10.2 kg/m2 and +3 SD at most 21-22 kg/m2 under 5 years; CDC 2000 growth charts, BMI-for-age
/// 2-20 years, 5th-95th centiles about 13-32 kg/m2; adults: WHO TRS 894 (2000) class III obesity from 40 kg/m2.
/// Preterm neonates lie below the WHO curves (500 g at 28 cm is 6.4 kg/m2). The bounds 5 and 100 kg/m2 sit
/// beyond all of these, so no real patient is refused, while a tenfold slip in either value (a misplaced
/// decimal point) of anyone with a BMI of 12-40 lands outside them (1.2-4 or 120-400 kg/m2).
/// </remarks>
public static class BodyProportions
{
    public const double MinBmi = 5;
    public const double MaxBmi = 100;

    public const string Source = "Trek plausibility rule (docs/clinical.md): BMI 5-100 kg/m2, beyond the extremes of the WHO Child Growth Standards 2006 (BMI-for-age -3 SD at birth 10.1 kg/m2), CDC 2000 BMI-for-age charts and WHO TRS 894 class III obesity (>= 40 kg/m2)";

    /// <summary>BMI in kg/m2.</summary>
    public static double Bmi(double heightCm, double weightKg) => weightKg / Math.Pow(heightCm / 100.0, 2);

    /// <summary>
    /// Null when the pair is plausible. Otherwise throws an <see cref="InputException"/>, or with
    /// <paramref name="force"/> returns the warning to print beside the dose.
    /// </summary>
    public static string? Check(double heightCm, double weightKg, bool force)
    {
        var bmi = Bmi(heightCm, weightKg);
        if (bmi >= MinBmi && bmi <= MaxBmi)
        {
            return null;
        }

        var what = string.Create(CultureInfo.InvariantCulture,
            $"height {heightCm} cm with weight {weightKg} kg gives a BMI of {bmi:0.0} kg/m2, outside {MinBmi:0}-{MaxBmi:0} kg/m2 (beyond any child or adult in the WHO and CDC growth references)");
        if (!force)
        {
            throw new InputException($"{what}: check both values (a decimal point slip?); give --force if they are right");
        }

        return $"WARNING: {what}; accepted because --force was given";
    }
}
