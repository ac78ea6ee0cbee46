using Trek.Trials.Escalation;

namespace Trek.Trials.Tests;

public sealed class ThreePlusThreeTests
{
    // (1-p)^3 + 3p(1-p)^2 (1-p)^3: 0.906147, 0.494263, 0.171875 (R/boin_reference.R last line; the 0.9061/0.4943/0.1719).
    [Theory]
    [InlineData(0.1, 0.906147)]
    [InlineData(0.3, 0.494263)]
    [InlineData(0.5, 0.171875)]
    public void EscalationProbability_Exact_MatchesClosedForm(double p, double expected) =>
        Assert.Equal(expected, ThreePlusThreeExact.EscalationProbability(p), 6);

    // 20,000 simulated trials: the share that ever treats dose 2 must be within 4 Monte-Carlo SDs of the exact value.
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    public void EscalationProbability_Simulated_WithinMonteCarloError(double p)
    {
        const int trials = 20_000;
        double[] probabilities = [p, 0.2, 0.2];
        var design = new ThreePlusThreeDesign();
        var patients = new SimulatedPatients(design.MaxPatients(3) + 1);
        var state = new TrialState(probabilities, 28, design.MaxPatients(3) + 1);
        var escalated = 0;
        for (var t = 0; t < trials; t++)
        {
            patients.Fill(20260101, t, 10);
            TrialRunner.Run(design, state, patients);
            escalated += state.Final(1).N > 0 ? 1 : 0;
        }

        var exact = ThreePlusThreeExact.EscalationProbability(p);
        var sd = Math.Sqrt(exact * (1 - exact) / trials);
        Assert.InRange((double)escalated / trials, exact - 4 * sd, exact + 4 * sd);
    }

    [Fact]
    public void SelectionProbabilities_Exact_SumToOne()
    {
        var exact = ThreePlusThreeExact.SelectionProbabilities([0.05, 0.1, 0.2, 0.3, 0.5]);
        Assert.Equal(1.0, exact.Sum(), 12);
    }

    // Single dose with p: MTD iff ≤1 DLT in 6 after 0/3 (expand) or 1/3 (expand):
    // P = P(0/3)·P(≤1/3) + P(1/3)·P(0/3). For p = 0.3: 0.343·0.784 + 0.441·0.343 = 0.420175.
    [Fact]
    public void SelectionProbabilities_SingleDose_MatchesHandComputation()
    {
        var exact = ThreePlusThreeExact.SelectionProbabilities([0.3]);
        Assert.Equal(0.420175, exact[0], 12);
        Assert.Equal(1 - 0.420175, exact[1], 12);
    }

    [Fact]
    public void Simulator_FiveDoses_SelectionMatchesExactWithinMonteCarloError()
    {
        double[] p = [0.05, 0.1, 0.2, 0.3, 0.5];
        const int trials = 20_000;
        var settings = new EscalationSettings(p, 10, 28, trials, 7);
        var summary = EscalationSimulator.Run(settings, [new ThreePlusThreeDesign()]).Single();
        var exact = ThreePlusThreeExact.SelectionProbabilities(p);
        for (var d = 0; d < p.Length; d++)
        {
            var sd = Math.Sqrt(exact[d] * (1 - exact[d]) / trials);
            Assert.InRange(summary.PercentSelected[d], exact[d] - 4 * sd - 1e-9, exact[d] + 4 * sd + 1e-9);
        }
    }

    // The linear pass must equal the exhaustive path enumeration it replaced (kept below as the reference) on
    // random monotone DLT curves of 1 to 12 doses, to 1e-12 (the enumeration adds up to millions of tiny path
    // probabilities, so its own rounding reaches ~1e-14; a rule error would differ by whole path probabilities).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(12)]
    public void SelectionProbabilities_EqualPathEnumeration(int doses)
    {
        var random = new Random(doses);
        for (var trial = 0; trial < 20; trial++)
        {
            var p = Enumerable.Range(0, doses).Select(_ => random.NextDouble()).Order().ToArray();
            var expected = Enumeration.SelectionProbabilities(p);
            var actual = ThreePlusThreeExact.SelectionProbabilities(p);
            for (var d = 0; d <= doses; d++)
            {
                Assert.Equal(expected[d], actual[d], 1e-12);
            }
        }
    }

    // Issue 15: 26 levels never finished and 30,000 overflowed the stack; now linear. All doses certain to be
    // tolerated (p = 0) except the top one with p = 1: the top closes, dose 29,998 (0-based) was passed with 0/3 and
    // is expanded with 0/3 more: selected with probability 1.
    [Fact]
    public void SelectionProbabilities_ThirtyThousandLevels_IsExactAndFinishes()
    {
        var p = new double[30_000];
        p[^1] = 1;
        var exact = ThreePlusThreeExact.SelectionProbabilities(p);
        Assert.Equal(1.0, exact[29_998]);
        Assert.Equal(1.0, exact.Sum(), 12);
    }

    [Theory]
    [InlineData(101, 10)]
    [InlineData(3, 1_000_001)]
    [InlineData(3, 0)]
    public void Simulator_BeyondBounds_IsRefused(int doses, int trials)
    {
        var p = Enumerable.Range(0, doses).Select(i => Math.Min(1, 0.01 * i)).ToArray();
        var ex = Assert.Throws<Trek.Core.InputException>(() => EscalationSimulator.Run(new EscalationSettings(p, 10, 28, trials, 1), [new ThreePlusThreeDesign()]));
        Assert.Contains("docs/trials.md", ex.Message);
    }

    /// <summary>The exponential enumeration of every binomial path that Trek used before (reference implementation).</summary>
    private static class Enumeration
    {
        public static double[] SelectionProbabilities(IReadOnlyList<double> p)
        {
            var result = new double[p.Count + 1];
            Walk(p, 0, p.Count, new int[p.Count], new int[p.Count], 1.0, result);
            return result;
        }

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
                    var q = p[c];
                    var pk = k switch { 0 => Math.Pow(1 - q, 3), 1 => 3 * q * Math.Pow(1 - q, 2), 2 => 3 * q * q * (1 - q), _ => q * q * q };
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
    }
}
