namespace Trek.Trials.Statistics;

/// <summary>Quantiles and tail probabilities of the normal, beta and chi-square distributions.</summary>
public static class Distributions
{
    /// <summary>
    /// Standard normal quantile, Wichura's algorithm AS 241 (Appl. Statist. 1988;37:477-84), the
    /// PPND16 version accurate to about 1e-16; R's qnorm uses the same algorithm.
    /// </summary>
    public static double NormalQuantile(double p)
    {
        if (p <= 0 || p >= 1)
        {
            return p == 0 ? double.NegativeInfinity : p == 1 ? double.PositiveInfinity : double.NaN;
        }

        var q = p - 0.5;
        double r;
        if (Math.Abs(q) <= 0.425)
        {
            r = 0.180625 - q * q;
            return q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                        + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                        + 133.14166789178437745) * r + 3.387132872796366608)
                   / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                        + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                        + 42.313330701600911252) * r + 1.0);
        }

        r = q < 0 ? p : 1 - p;
        r = Math.Sqrt(-Math.Log(r));
        double value;
        if (r <= 5)
        {
            r -= 1.6;
            value = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                        + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                        + 4.6303378461565452959) * r + 1.42343711074968357734)
                    / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                        + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                        + 2.05319162663775882187) * r + 1.0);
        }
        else
        {
            r -= 5;
            value = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                        + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                        + 5.4637849111641143699) * r + 6.6579046435011037772)
                    / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                        + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                        + 0.59983220655588793769) * r + 1.0);
        }

        return q < 0 ? -value : value;
    }

    /// <summary>CDF of Beta(a, b) at x.</summary>
    public static double BetaCdf(double x, double a, double b) => SpecialFunctions.RegularizedBeta(x, a, b);

    /// <summary>
    /// Quantile of Beta(a, b) by bisection on the CDF to machine precision. Bisection (not Newton) because
    /// it cannot diverge at the extreme shapes exact binomial intervals produce (a = 1, b = 1000).
    /// </summary>
    public static double BetaQuantile(double p, double a, double b)
    {
        if (p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return 1;
        }

        double lo = 0, hi = 1;
        for (var i = 0; i < 200 && hi - lo > 1e-17; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (BetaCdf(mid, a, b) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    /// <summary>Upper tail P(X &gt; x) of the chi-square distribution with <paramref name="df"/> degrees of freedom (R: pchisq(x, df, lower.tail = FALSE)).</summary>
    public static double ChiSquareUpperTail(double x, int df) => SpecialFunctions.RegularizedGammaQ(df / 2.0, x / 2.0);
}
