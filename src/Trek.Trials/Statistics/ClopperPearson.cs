using Trek.Core;

namespace Trek.Trials.Statistics;

/// <summary>
/// Exact (Clopper-Pearson, Biometrika 1934;26:404-13) confidence interval for a binomial proportion,
/// the interval R's binom.test reports: lower = qbeta(α/2, x, n-x+1), upper = qbeta(1-α/2, x+1, n-x),
/// with lower = 0 when x = 0 and upper = 1 when x = n.
/// </summary>
public static class ClopperPearson
{
    public static ProportionEstimate Estimate(int responders, int n, double confLevel = 0.95)
    {
        if (n <= 0)
        {
            throw new InputException($"the number of subjects must be at least 1 (got {n})");
        }

        if (responders < 0 || responders > n)
        {
            throw new InputException($"responders must be between 0 and n = {n} (got {responders})");
        }

        if (!(confLevel > 0 && confLevel < 1))
        {
            throw new InputException($"confidence level must be between 0 and 1 (got {confLevel})");
        }

        var alpha = 1 - confLevel;
        var lower = responders == 0 ? 0 : Distributions.BetaQuantile(alpha / 2, responders, n - responders + 1);
        var upper = responders == n ? 1 : Distributions.BetaQuantile(1 - alpha / 2, responders + 1, n - responders);
        return new ProportionEstimate(responders, n, (double)responders / n, lower, upper, confLevel, "clopper-pearson");
    }
}
