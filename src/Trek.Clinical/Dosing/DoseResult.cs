using Trek.Clinical.Rules;

namespace Trek.Clinical.Dosing;

/// <summary>
/// A larotrectinib dose with every rule that produced it. When <see cref="Status"/> is "discontinue" the dose
/// fields are null. <see cref="DoseMg"/> is the calculated dose per administration to 0.1 mg; <see cref="Frequency"/>
/// says how often; <see cref="Solution"/> and <see cref="Capsules"/> are what can actually be given (null when no
/// volume or capsule combination is within 10%). <see cref="Warnings"/> are printed before everything else.
/// </summary>
public sealed record DoseResult(
    string Drug,
    string BsaFormula,
    double BsaM2,
    string DosingBasis,
    int DoseModificationLevel,
    string Status,
    double? CalculatedDoseMg,
    decimal? DoseMg,
    string? Frequency,
    decimal SolutionConcentrationMgPerMl,
    SolutionOption? Solution,
    CapsuleOption? Capsules,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<AppliedRule> Rules,
    IReadOnlyList<string> Notes);
