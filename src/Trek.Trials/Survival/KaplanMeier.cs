using Trek.Core;
using Trek.Trials.Statistics;

namespace Trek.Trials.Survival;

/// <summary>
/// Kaplan-Meier product-limit estimator with Greenwood variance and pointwise bands exactly as R
/// survival 3.x survfit (survfitKM + survfit_confint): se is the standard error of the cumulative
/// hazard, sqrt(Σ d/(n(n-d))), and the band is built on the log, log-log or plain scale.
/// </summary>
public static class KaplanMeier
{
    public static KaplanMeierFit Fit(IReadOnlyList<SurvivalObservation> observations, ConfidenceType confType = ConfidenceType.Log, double confLevel = 0.95)
    {
        if (observations.Count == 0)
        {
            throw new InputException("Kaplan-Meier needs at least one subject");
        }

        if (!(confLevel > 0 && confLevel < 1))
        {
            throw new InputException($"confidence level must be between 0 and 1 (got {confLevel})");
        }

        // One array sort by time (order within a time does not matter: a time's events and censorings are counted together).
        var sorted = observations.ToArray();
        var keys = new double[sorted.Length];
        for (var k = 0; k < sorted.Length; k++)
        {
            keys[k] = sorted[k].Time;
        }

        Array.Sort(keys, sorted);
        var z = Distributions.NormalQuantile(1 - (1 - confLevel) / 2);
        var rows = new List<SurvivalTableRow>();
        var atRisk = sorted.Length;
        double surv = 1, varSum = 0;
        var i = 0;
        while (i < sorted.Length)
        {
            var t = sorted[i].Time;
            int events = 0, censored = 0;
            while (i < sorted.Length && sorted[i].Time == t)
            {
                if (sorted[i].Event)
                {
                    events++;
                }
                else
                {
                    censored++;
                }

                i++;
            }

            if (events > 0)
            {
                surv *= 1 - (double)events / atRisk;
                // n == d makes this term infinite, as in R, so se and the band are NA once S reaches 0.
                varSum += events / ((double)atRisk * (atRisk - events));
            }

            var se = Math.Sqrt(varSum);
            var (lower, upper) = Band(surv, se, z, confType);
            rows.Add(new SurvivalTableRow(t, atRisk, events, censored, surv, Na(surv * se), Na(lower), Na(upper)));
            atRisk -= events + censored;
        }

        return new KaplanMeierFit(rows, sorted.Length, sorted.Count(o => o.Event), confType, confLevel);
    }

    /// <summary>survfit_confint (survival 3.5) with logse = TRUE: NaN where R gives NA/NaN.</summary>
    internal static (double Lower, double Upper) Band(double p, double se, double z, ConfidenceType type)
    {
        switch (type)
        {
            case ConfidenceType.Plain:
            {
                var se2 = se * p * z;
                return (MaxNaN(p - se2, 0), MinNaN(p + se2, 1));
            }

            case ConfidenceType.Log:
            {
                if (p == 0)
                {
                    return (double.NaN, double.NaN);
                }

                var se2 = z * se;
                return (Math.Exp(Math.Log(p) - se2), MinNaN(Math.Exp(Math.Log(p) + se2), 1));
            }

            default:
            {
                if (p == 0 || p == 1)
                {
                    return (double.NaN, double.NaN);
                }

                var se2 = z * se / Math.Log(p);
                return (Math.Exp(-Math.Exp(Math.Log(-Math.Log(p)) - se2)), Math.Exp(-Math.Exp(Math.Log(-Math.Log(p)) + se2)));
            }
        }
    }

    // R's pmax/pmin propagate NaN, unlike Math.Max semantics we do not want to rely on.
    private static double MaxNaN(double a, double b) => double.IsNaN(a) ? a : Math.Max(a, b);

    private static double MinNaN(double a, double b) => double.IsNaN(a) ? a : Math.Min(a, b);

    internal static double? Na(double v) => double.IsNaN(v) || double.IsInfinity(v) ? null : v;
}
