using Trek.Trials.Escalation;

namespace Trek.Reports.Trials;

/// <summary>The JSON shape of `trek escalation`: the scenario, each design's operating characteristics, and the exact 3+3 selection probabilities for reference.</summary>
public sealed record EscalationReport(
    IReadOnlyList<double> DltProbabilities,
    double MeanDaysBetweenPatients,
    double DltWindowDays,
    int Trials,
    ulong Seed,
    double BoinTarget,
    double BoinLambdaE,
    double BoinLambdaD,
    int BoinMaxPatients,
    IReadOnlyList<DesignSummary> Designs,
    IReadOnlyList<double> ThreePlusThreeExactSelection,
    double ThreePlusThreeExactNoMtd);
