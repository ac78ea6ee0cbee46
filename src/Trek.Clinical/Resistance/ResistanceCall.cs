using Trek.Clinical.Rules;

namespace Trek.Clinical.Resistance;

/// <summary>
/// The interpretation of one variant found on TRK-inhibitor treatment. <see cref="Position"/> is in the numbering
/// of <see cref="ReferenceIsoform"/>; <see cref="InputPosition"/> is the position as written when it differs
/// (NTRK2 838-aa numbering). <see cref="Numbering"/> says which numbering the input was read in (NTRK2 only, else
/// null). <see cref="Type1NextGenOvercomes"/> is null when nothing is known. <see cref="KinaseLost"/> is true when a
/// truncating change (nonsense, frameshift) starts at or before the end of the kinase domain, or an in-frame
/// deletion or insertion overlaps it; null when it does not apply.
/// </summary>
public sealed record ResistanceCall(
    string Input,
    string Gene,
    string? Hgvsp,
    int? Position,
    int? InputPosition,
    string? ReferenceResidue,
    string? AlternateResidue,
    string ReferenceIsoform,
    string? Numbering,
    bool ReferenceValidated,
    MutationClass Class,
    string Mechanism,
    bool? Type1NextGenOvercomes,
    bool? Type2Sensitive,
    bool? KinaseLost,
    string Interpretation,
    IReadOnlyList<AppliedRule> Rules);
