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
}
