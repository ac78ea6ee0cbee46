using Trek.Clinical.Rules;
using Trek.Core;

namespace Trek.Clinical.Dosing;

/// <summary>Body surface area in m2 from height and weight, by a named formula.</summary>
public static class BodySurfaceArea
{
    /// <summary>Plausibility limits, not clinical limits: outside them the input is a typo (0 cm, 500 kg), not a patient.</summary>
    public const double MinHeightCm = 20;
    public const double MaxHeightCm = 250;
    public const double MinWeightKg = 0.3;
    public const double MaxWeightKg = 300;

    /// <summary>Unrounded BSA in m2. Throws <see cref="InputException"/> for impossible height or weight.</summary>
    public static double Compute(BsaFormula formula, double heightCm, double weightKg)
    {
        Validate(heightCm, weightKg);
        return formula switch
        {
            // Mosteller RD, N Engl J Med 1987;317:1098.
            BsaFormula.Mosteller => Math.Sqrt(heightCm * weightKg / 3600.0),

            // Du Bois D, Du Bois EF, Arch Intern Med 1916;17:863.
            BsaFormula.DuBois => 0.007184 * Math.Pow(heightCm, 0.725) * Math.Pow(weightKg, 0.425),

            // Haycock GB et al., J Pediatr 1978;93:62.
            BsaFormula.Haycock => 0.024265 * Math.Pow(heightCm, 0.3964) * Math.Pow(weightKg, 0.5378),
            _ => throw new ArgumentOutOfRangeException(nameof(formula)),
        };
    }

    /// <summary>The citation for a formula, as printed beside the result.</summary>
    public static string SourceOf(BsaFormula formula) => formula switch
    {
        BsaFormula.Mosteller => Sources.Mosteller,
        BsaFormula.DuBois => Sources.DuBois,
        BsaFormula.Haycock => Sources.Haycock,
        _ => throw new ArgumentOutOfRangeException(nameof(formula)),
    };

    private static void Validate(double heightCm, double weightKg)
    {
        if (double.IsNaN(heightCm) || heightCm < MinHeightCm || heightCm > MaxHeightCm)
        {
            throw new InputException($"height {heightCm} cm is impossible: give a height between {MinHeightCm} and {MaxHeightCm} cm");
        }

        if (double.IsNaN(weightKg) || weightKg < MinWeightKg || weightKg > MaxWeightKg)
        {
            throw new InputException($"weight {weightKg} kg is impossible: give a weight between {MinWeightKg} and {MaxWeightKg} kg");
        }
    }
}
