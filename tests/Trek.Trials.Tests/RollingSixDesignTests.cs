using Trek.Trials.Escalation;

namespace Trek.Trials.Tests;

/// <summary>Cells of Skolnik et al. 2008 Table 1 (docs/trials.md), one state each: window 28 days, decision at day 30.</summary>
public sealed class RollingSixDesignTests
{
    private const double Now = 30;

    // Each patient: 'D' DLT evaluated, 'N' evaluated without DLT, 'P' pending (window still open at day 30).
    [Theory]
    [InlineData("NN", DecisionKind.Enroll, 0)]        // 2 enrolled, 0 DLT: same dose level
    [InlineData("NNN", DecisionKind.Enroll, 1)]       // 3 enrolled, 3 without DLT: escalate
    [InlineData("NNP", DecisionKind.Enroll, 0)]       // 3 enrolled, 1 pending: same dose level
    [InlineData("DNN", DecisionKind.Enroll, 0)]       // 3 enrolled, 1 DLT: same dose level
    [InlineData("NNNP", DecisionKind.Enroll, 0)]      // 4 enrolled, 0 DLT, 1 pending: same dose level (the disputed cell)
    [InlineData("NNNN", DecisionKind.Enroll, 1)]      // 4 enrolled, 4 without DLT: escalate
    [InlineData("NNNNP", DecisionKind.Enroll, 0)]     // 5 enrolled, 1 pending: same dose level
    [InlineData("NNNNNP", DecisionKind.Enroll, 1)]    // 6 enrolled, 0 DLT, 5 evaluable: escalate
    [InlineData("NNNNPP", DecisionKind.Wait, -1)]     // 6 enrolled, 0 DLT, 2 pending: suspend
    [InlineData("DNNNNP", DecisionKind.Wait, -1)]     // 6 enrolled, 1 DLT, 1 pending: suspend
    [InlineData("DNNNNN", DecisionKind.Enroll, 1)]    // 6 enrolled, 1 DLT, 5 without: escalate
    [InlineData("DDP", DecisionKind.Stop, -1)]        // ≥2 DLT at the lowest dose: de-escalate below dose 1, no MTD
    public void Decide_TableCell_MatchesSkolnik(string patients, DecisionKind kind, int dose)
    {
        var state = StateAtDose0(patients);
        var decision = new RollingSixDesign().Decide(state, Now);
        Assert.Equal(new Decision(kind, dose), decision);
    }

    [Fact]
    public void Decide_TwoDltsAtSecondDoseWithSixBelow_SelectsLowerDose()
    {
        var state = new TrialState([0.5, 0.5, 0.5], 28, 20);
        state.Reset();
        foreach (var c in "NNNNNN")
        {
            state.Enroll(0, 0, 0.9);
        }

        state.Current = 1;
        state.Enroll(1, 0, 0.1);
        state.Enroll(1, 0, 0.1);
        Assert.Equal(Decision.Stop(0), new RollingSixDesign().Decide(state, Now));
    }

    [Fact]
    public void Simulator_SameSeed_IsReproducibleAndRollingSixIsShorter()
    {
        double[] p = [0.05, 0.1, 0.2, 0.3, 0.5];
        var settings = new EscalationSettings(p, 10, 28, 5_000, 42);
        IEscalationDesign[] designs = [new RollingSixDesign(), new ThreePlusThreeDesign(), new BoinDesign(0.3, 3, 30)];
        var first = EscalationSimulator.Run(settings, designs);
        var second = EscalationSimulator.Run(settings, designs);
        Assert.Equal(first.Select(s => s.MeanDurationDays), second.Select(s => s.MeanDurationDays));
        Assert.Equal(first[0].PercentSelected, second[0].PercentSelected);
        // Skolnik et al. 2008: rolling six shortens trials versus 3+3 with similar DLT counts.
        Assert.True(first[0].MeanDurationDays < first[1].MeanDurationDays);
        foreach (var s in first)
        {
            Assert.Equal(1.0, s.PercentSelected.Sum() + s.ProbabilityNoMtd, 12);
        }

        var other = EscalationSimulator.Run(settings with { Seed = 43 }, designs);
        Assert.NotEqual(first[0].MeanDurationDays, other[0].MeanDurationDays);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Simulator_ExtremeToxicity_Finishes(double p)
    {
        var settings = new EscalationSettings([p, p, p], 10, 28, 200, 1);
        var results = EscalationSimulator.Run(settings, [new RollingSixDesign(), new ThreePlusThreeDesign(), new BoinDesign(0.3, 3, 30)]);
        foreach (var s in results)
        {
            Assert.Equal(p == 0 ? 1.0 : 0.0, p == 0 ? s.PercentSelected[2] : s.PercentSelected.Sum(), 12);
        }
    }

    private static TrialState StateAtDose0(string patients)
    {
        var state = new TrialState([0.5, 0.5, 0.5], 28, 20);
        state.Reset();
        foreach (var c in patients)
        {
            // DLT iff tolerance < 0.5; pending patients started on day 20 (window closes day 48).
            state.Enroll(0, c == 'P' ? 20 : 0, c == 'D' ? 0.1 : 0.9);
        }

        return state;
    }
}
