using Trek.Trials.Statistics;

namespace Trek.Trials.Escalation;

/// <summary>
/// BOIN interval boundaries (Liu &amp; Yuan, J R Stat Soc C 2015;64:507-23, eq. 2 with φ1 = 0.6φ and
/// φ2 = 1.4φ, the defaults of the BOIN R package): escalate when the observed DLT rate at the current
/// dose is ≤ λe, de-escalate when ≥ λd. A dose is eliminated when Pr(p &gt; φ | y, n) &gt; 0.95 under a
/// Beta(1, 1) prior and n ≥ 3 (BOIN package get.boundary/get.oc, cutoff.eli = 0.95).
/// </summary>
public sealed class BoinBoundaries
{
    public BoinBoundaries(double target)
    {
        if (!(target > 0 && target < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "BOIN target DLT rate must be in (0, 0.5)");
        }

        Target = target;
        var phi1 = 0.6 * target;
        var phi2 = 1.4 * target;
        LambdaE = Math.Log((1 - phi1) / (1 - target)) / Math.Log(target * (1 - phi1) / (phi1 * (1 - target)));
        LambdaD = Math.Log((1 - target) / (1 - phi2)) / Math.Log(phi2 * (1 - target) / (target * (1 - phi2)));
    }

    public double Target { get; }

    public double LambdaE { get; }

    public double LambdaD { get; }

    /// <summary>Escalate if the number of DLTs among n is at most this (floor(n·λe)).</summary>
    public int EscalateAtMost(int n) => (int)Math.Floor(n * LambdaE);

    /// <summary>De-escalate if the number of DLTs among n is at least this (ceil(n·λd)).</summary>
    public int DeescalateAtLeast(int n) => (int)Math.Ceiling(n * LambdaD);

    /// <summary>Eliminate the dose (and all above) if DLTs among n are at least this; null when n &lt; 3 or never.</summary>
    public int? EliminateAtLeast(int n)
    {
        if (n < 3)
        {
            return null;
        }

        for (var y = 0; y <= n; y++)
        {
            if (Eliminates(y, n))
            {
                return y;
            }
        }

        return null;
    }

    /// <summary>Pr(p &gt; target | y of n) &gt; 0.95 with posterior Beta(1 + y, 1 + n - y).</summary>
    public bool Eliminates(int y, int n) => n >= 3 && 1 - Distributions.BetaCdf(Target, 1 + y, 1 + n - y) > 0.95;
}
