using BenchmarkDotNet.Attributes;
using Trek.Trials.Escalation;

namespace Trek.Benchmarks;

/// <summary>
/// Simulated dose-escalation trials per second: 10,000 trials of the 5-dose scenario
/// (p = 0.05, 0.1, 0.2, 0.3, 0.5; 10 days between patients; 28-day DLT window), each run by rolling six,
/// 3+3 and BOIN on the same patients, as `trek escalation` does. Trials/s = 10,000 / mean time.
/// </summary>
[MemoryDiagnoser]
public class TrialsEscalationBenchmarks
{
    private static readonly EscalationSettings Settings = new([0.05, 0.1, 0.2, 0.3, 0.5], 10, 28, 10_000, 2026);

    private readonly IEscalationDesign[] _designs = [new RollingSixDesign(), new ThreePlusThreeDesign(), new BoinDesign(0.3, 3, 30)];

    [Benchmark(Description = "10,000 trials x 3 designs")]
    public double ThreeDesigns() => EscalationSimulator.Run(Settings, _designs)[0].MeanDurationDays;

    [Benchmark(Description = "10,000 trials, rolling six only")]
    public double RollingSix() => EscalationSimulator.Run(Settings, [_designs[0]])[0].MeanDurationDays;
}
