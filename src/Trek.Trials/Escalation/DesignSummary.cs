namespace Trek.Trials.Escalation;

/// <summary>
/// Operating characteristics of one design over all simulated trials. Per-dose arrays are in dose
/// order; <see cref="PercentSelected"/> is a probability (0-1) of selecting that dose as MTD/RP2D.
/// </summary>
public sealed record DesignSummary(
    string Design,
    IReadOnlyList<double> PercentSelected,
    double ProbabilityNoMtd,
    IReadOnlyList<double> MeanPatientsPerDose,
    IReadOnlyList<double> MeanDltsPerDose,
    double MeanPatients,
    double MeanDlts,
    double MeanDurationDays);
