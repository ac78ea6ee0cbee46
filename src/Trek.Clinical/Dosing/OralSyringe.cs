using Trek.Clinical.Rules;

namespace Trek.Clinical.Dosing;

/// <summary>
/// Rounds an oral-solution volume to what the syringe the product information names can measure: under 1 mL a
/// 1 mL oral syringe with 0.1 mL graduations, from 1 mL a 5 mL oral syringe with 0.2 mL graduations
/// (<see cref="Sources.LabelOralSyringe"/>). The volume is rounded to the nearest graduation (half away from
/// zero) and offered only when the dose it holds is within 10% of the calculated dose, the same tolerance as
/// the capsules (<see cref="Sources.DoseRounding"/>); otherwise the pharmacy must prepare it.
/// </summary>
public static class OralSyringe
{
    public const decimal SmallSyringeMl = 1m;
    public const decimal SmallGraduationMl = 0.1m;
    public const decimal LargeSyringeMl = 5m;
    public const decimal LargeGraduationMl = 0.2m;
    public const decimal Tolerance = 0.10m;

    /// <summary>The measurable volume for <paramref name="exactMg"/>, or null when none is within 10%.</summary>
    public static SolutionOption? For(double exactMg, decimal mgPerMl)
    {
        var exact = (decimal)exactMg;
        var exactMl = exact / mgPerMl;
        var (syringe, step) = exactMl < SmallSyringeMl ? (SmallSyringeMl, SmallGraduationMl) : (LargeSyringeMl, LargeGraduationMl);
        var volume = Math.Round(exactMl / step, 0, MidpointRounding.AwayFromZero) * step;
        var dose = volume * mgPerMl;
        if (volume <= 0 || Math.Abs(dose - exact) > Tolerance * exact)
        {
            return null;
        }

        var deviation = Math.Round((dose - exact) / exact * 100m, 1, MidpointRounding.AwayFromZero);
        return new SolutionOption(volume, dose, deviation, syringe, step);
    }
}
