using Trek.Clinical.Rules;

namespace Trek.Clinical.Dosing;

/// <summary>
/// A larotrectinib dose with every rule that produced it. When <see cref="Status"/> is "discontinue" the dose
/// fields are null. <see cref="DoseMg"/> is per administration; <see cref="Frequency"/> says how often.
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
    decimal? SolutionMl,
    decimal? SolutionConcentrationMgPerMl,
    CapsuleOption? Capsules,
    IReadOnlyList<AppliedRule> Rules,
    IReadOnlyList<string> Notes);
