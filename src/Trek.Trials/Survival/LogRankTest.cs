using Trek.Core;
using Trek.Trials.Statistics;

namespace Trek.Trials.Survival;

/// <summary>
/// The log-rank (Mantel-Haenszel) test, R survdiff with rho = 0: at each distinct event time the
/// hypergeometric expectation and covariance of events per group; chi-square = (O-E)' V⁻ (O-E), with
/// V restricted to the groups with positive expected count minus one (R: df = sum(E &gt; 0) - 1).
/// </summary>
public static class LogRankTest
{
    public static LogRankResult Compute(IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> groups)
    {
        if (groups.Count < 2)
        {
            throw new InputException($"the log-rank test needs at least two groups (got {groups.Count})");
        }

        var k = groups.Count;
        var all = groups.SelectMany((g, gi) => g.Observations.Select(o => (o.Time, o.Event, Group: gi))).OrderBy(o => o.Time).ToArray();
        var atRisk = groups.Select(g => g.Observations.Count).ToArray();
        var observed = new int[k];
        var expected = new double[k];
        var v = new double[k, k];
        var i = 0;
        var deaths = new int[k];
        var leaving = new int[k];
        while (i < all.Length)
        {
            var t = all[i].Time;
            Array.Clear(deaths);
            Array.Clear(leaving);
            while (i < all.Length && all[i].Time == t)
            {
                leaving[all[i].Group]++;
                if (all[i].Event)
                {
                    deaths[all[i].Group]++;
                }

                i++;
            }

            var d = deaths.Sum();
            var n = (double)atRisk.Sum();
            if (d > 0)
            {
                var factor = n > 1 ? d * (n - d) / (n - 1) : 0;
                for (var g = 0; g < k; g++)
                {
                    observed[g] += deaths[g];
                    expected[g] += d * atRisk[g] / n;
                    for (var h = 0; h < k; h++)
                    {
                        v[g, h] += factor * atRisk[g] / n * ((g == h ? 1 : 0) - atRisk[h] / n);
                    }
                }
            }

            for (var g = 0; g < k; g++)
            {
                atRisk[g] -= leaving[g];
            }
        }

        var used = Enumerable.Range(0, k).Where(g => expected[g] > 0).ToArray();
        var df = used.Length - 1;
        var chi = 0.0;
        if (df > 0)
        {
            var m = df;
            var a = new double[m, m];
            var diff = new double[m];
            for (var r = 0; r < m; r++)
            {
                diff[r] = observed[used[r]] - expected[used[r]];
                for (var c = 0; c < m; c++)
                {
                    a[r, c] = v[used[r], used[c]];
                }
            }

            var solved = Solve(a, diff);
            for (var r = 0; r < m; r++)
            {
                chi += diff[r] * solved[r];
            }
        }

        var result = groups.Select((g, gi) => new LogRankGroup(g.Group, g.Observations.Count, observed[gi], expected[gi])).ToArray();
        var p = df > 0 ? Distributions.ChiSquareUpperTail(chi, df) : double.NaN;
        return new LogRankResult(result, chi, df, p);
    }

    /// <summary>Gaussian elimination with partial pivoting; the matrix is symmetric positive definite when groups overlap in time.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(m[pivot, col]) < 1e-12)
            {
                throw new InputException("the log-rank variance matrix is singular: groups do not overlap in follow-up time");
            }

            for (var c = 0; c < n; c++)
            {
                (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            }

            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var c = col; c < n; c++)
                {
                    m[r, c] -= f * m[col, c];
                }

                x[r] -= f * x[col];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            for (var c = r + 1; c < n; c++)
            {
                x[r] -= m[r, c] * x[c];
            }

            x[r] /= m[r, r];
        }

        return x;
    }
}
