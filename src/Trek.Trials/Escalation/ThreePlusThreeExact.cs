namespace Trek.Trials.Escalation;

/// <summary>
/// Exact operating characteristics of the 3+3 design (<see cref="ThreePlusThreeDesign"/>'s rules) by
/// enumerating every binomial path, as Lin &amp; Shih (Biostatistics 2001;2:203-15) derive in closed form.
/// </summary>
public static class ThreePlusThreeExact
{
    /// <summary>
    /// Probability that the 3+3 escalates past a dose whose true DLT rate is p:
    /// P(0 of 3) + P(1 of 3)·P(0 of next 3) = (1-p)³ + 3p(1-p)²·(1-p)³.
    /// </summary>
    public static double EscalationProbability(double p) => Math.Pow(1 - p, 3) + 3 * p * Math.Pow(1 - p, 2) * Math.Pow(1 - p, 3);

    /// <summary>
    /// Exact probability of selecting each dose as MTD (index = dose) and of no MTD (last element), in time and
    /// memory linear in the number of doses. The path enumeration this replaces was exponential (22 levels took
    /// 12 s, 26 never finished, 30,000 overflowed the stack; issue 15); ThreePlusThreeTests keeps it as the
    /// reference and checks both agree to 1e-12.
    /// <para>
    /// Why a linear pass is exact. With b_k = P(k DLTs of 3) at a dose, the 3+3 passes dose j (escalates past it)
    /// with 0/3 (probability b0: "3 treated") or 1/3 then 0/3 (b1·b0: "6 treated"). It fails at dose c with
    /// 1 - pass (two or more DLTs), which closes c and de-escalates to c - 1. The top dose is never passed: it is
    /// expanded to 6 and declared with at most 1 DLT in 6: b0·(b0 + b1) + b1·b0. On de-escalation into a passed
    /// dose j: if 6 were treated it is the MTD; if 3 were, 3 more are added and at most 1 DLT in the new 3 makes
    /// it the MTD (0 + k ≤ 1), otherwise j closes and the walk moves to j - 1. Outcomes at different doses are
    /// independent, so given that j was passed, P(6 treated) = b1·b0 / (b0 + b1·b0) = b1 / (1 + b1) whatever
    /// happened above j; the mass arriving at j from above can therefore be summed before j is processed.
    /// </para>
    /// </summary>
    public static double[] SelectionProbabilities(IReadOnlyList<double> p)
    {
        var doses = p.Count;
        var result = new double[doses + 1];
        if (doses == 0)
        {
            result[0] = 1;
            return result;
        }

        // descend[j]: probability that the walk de-escalates into dose j (dose j + 1 closed, doses 0..j passed).
        var descend = new double[doses];
        var reach = 1.0;
        for (var c = 0; c < doses; c++)
        {
            var (b0, b1) = (Binomial3(p[c], 0), Binomial3(p[c], 1));
            if (c == doses - 1)
            {
                var declared = b0 * (b0 + b1) + b1 * b0;
                result[c] += reach * declared;
                Descend(descend, result, c, reach * (1 - declared));
                break;
            }

            var pass = b0 + b1 * b0;
            Descend(descend, result, c, reach * (1 - pass));
            reach *= pass;
        }

        for (var j = doses - 1; j >= 0; j--)
        {
            var mass = descend[j];
            if (mass == 0)
            {
                continue;
            }

            var (b0, b1) = (Binomial3(p[j], 0), Binomial3(p[j], 1));
            var six = b1 / (1 + b1);
            var stays = six + (1 - six) * (b0 + b1);
            result[j] += mass * stays;
            Descend(descend, result, j, mass * (1 - stays));
        }

        return result;
    }

    // Closing dose c sends its mass to dose c - 1, or to "no MTD" below the first dose.
    private static void Descend(double[] descend, double[] result, int closed, double mass)
    {
        if (closed == 0)
        {
            result[^1] += mass;
        }
        else
        {
            descend[closed - 1] += mass;
        }
    }

    private static double Binomial3(double p, int k) => k switch
    {
        0 => Math.Pow(1 - p, 3),
        1 => 3 * p * Math.Pow(1 - p, 2),
        2 => 3 * p * p * (1 - p),
        _ => p * p * p,
    };
}
