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

        // Event times and censoring times sorted apart (primitive sorts) and walked together: a time's events and
        // censorings are counted together, so their order within a time does not matter.
        var events = 0;
        foreach (var o in observations)
        {
            events += o.Event ? 1 : 0;
        }

        var eventTimes = new double[events];
        var censorTimes = new double[observations.Count - events];
        int e = 0, c = 0;
        foreach (var o in observations)
        {
            if (!double.IsFinite(o.Time))
            {
                throw new InputException($"Kaplan-Meier times must be finite numbers (got {o.Time})");
            }

            if (o.Event)
            {
                eventTimes[e++] = o.Time;
            }
            else
            {
                censorTimes[c++] = o.Time;
            }
        }

        Array.Sort(eventTimes);
        Array.Sort(censorTimes);
        var z = Distributions.NormalQuantile(1 - (1 - confLevel) / 2);
        var rows = new SurvivalTableRow[DistinctTimes(eventTimes, censorTimes)];
        var r = 0;
        var atRisk = observations.Count;
        double surv = 1, varSum = 0;
        (e, c) = (0, 0);
        while (e < eventTimes.Length || c < censorTimes.Length)
        {
            var t = e == eventTimes.Length ? censorTimes[c] : c == censorTimes.Length ? eventTimes[e] : Math.Min(eventTimes[e], censorTimes[c]);
            int died = 0, censored = 0;
            while (e < eventTimes.Length && eventTimes[e] == t)
            {
                died++;
                e++;
            }

            while (c < censorTimes.Length && censorTimes[c] == t)
            {
                censored++;
                c++;
            }

            if (died > 0)
            {
                surv *= 1 - (double)died / atRisk;
                // n == d makes this term infinite, as in R, so se and the band are NA once S reaches 0.
                varSum += died / ((double)atRisk * (atRisk - died));
            }

            var se = Math.Sqrt(varSum);
            var (lower, upper) = Band(surv, se, z, confType);
            rows[r++] = new SurvivalTableRow(t, atRisk, died, censored, surv, Na(surv * se), Na(lower), Na(upper));
            atRisk -= died + censored;
        }

        return new KaplanMeierFit(rows, observations.Count, events, confType, confLevel);
    }

    /// <summary>The number of distinct times in two sorted arrays: the table is allocated once at its size (~500,000 rows for a registry cohort).</summary>
    private static int DistinctTimes(double[] a, double[] b)
    {
        var (i, j, count) = (0, 0, 0);
        while (i < a.Length || j < b.Length)
        {
            var t = i == a.Length ? b[j] : j == b.Length ? a[i] : Math.Min(a[i], b[j]);
            while (i < a.Length && a[i] == t)
            {
                i++;
            }

            while (j < b.Length && b[j] == t)
            {
                j++;
            }

            count++;
        }

        return count;
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
