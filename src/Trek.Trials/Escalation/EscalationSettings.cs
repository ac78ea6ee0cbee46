namespace Trek.Trials.Escalation;

/// <summary>The scenario simulated: true DLT probability per dose (ascending), accrual, DLT window, trials and seed.</summary>
public sealed record EscalationSettings(
    IReadOnlyList<double> DltProbabilities,
    double MeanDaysBetweenPatients,
    double DltWindowDays,
    int Trials,
    ulong Seed,
    double BoinTarget = 0.3,
    int BoinCohortSize = 3,
    int BoinMaxPatients = 30);
