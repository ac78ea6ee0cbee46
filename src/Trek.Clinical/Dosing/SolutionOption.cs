namespace Trek.Clinical.Dosing;

/// <summary>
/// The dose as a volume of the 20 mg/mL oral solution that an oral syringe can draw up: <see cref="VolumeMl"/> on
/// the syringe's graduation, the dose that volume holds, and its deviation from the calculated dose.
/// </summary>
public sealed record SolutionOption(
    decimal VolumeMl,
    decimal DoseMg,
    decimal DeviationPercent,
    decimal SyringeMl,
    decimal GraduationMl);
