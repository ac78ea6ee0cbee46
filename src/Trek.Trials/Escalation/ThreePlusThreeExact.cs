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

    /// <summary>Exact probability of selecting each dose as MTD (index = dose) and of no MTD (last element).</summary>
    public static double[] SelectionProbabilities(IReadOnlyList<double> p)
    {
        var doses = p.Count;
        var result = new double[doses + 1];
        var n = new int[doses];
        var y = new int[doses];
        Walk(p, 0, doses, n, y, 1.0, result);
        return result;
    }

    // Follows ThreePlusThreeDesign's rules with whole cohorts: at dose c with n patients, add a cohort
    // of 3 (each outcome k with its binomial probability) and apply the rules.
    private static void Walk(IReadOnlyList<double> p, int c, int closed, int[] n, int[] y, double prob, double[] result)
    {
        if (c < 0)
        {
            result[^1] += prob;
            return;
        }

        if (n[c] == 0 || (n[c] == 3 && y[c] == 1) || (n[c] == 3 && y[c] == 0 && c + 1 >= closed))
        {
            for (var k = 0; k <= 3; k++)
            {
                var pk = Binomial3(p[c], k);
                n[c] += 3;
                y[c] += k;
                Walk(p, c, closed, n, y, prob * pk, result);
                n[c] -= 3;
                y[c] -= k;
            }

            return;
        }

        if (y[c] >= 2)
        {
            Walk(p, c - 1, c, n, y, prob, result);
            return;
        }

        if (c + 1 < closed)
        {
            Walk(p, c + 1, closed, n, y, prob, result);
            return;
        }

        result[c] += prob;
    }

    private static double Binomial3(double p, int k) => k switch
    {
        0 => Math.Pow(1 - p, 3),
        1 => 3 * p * Math.Pow(1 - p, 2),
        2 => 3 * p * p * (1 - p),
        _ => p * p * p,
    };
}
