using Trek.Clinical.Rules;

namespace Trek.Clinical.Resistance;

/// <summary>
/// The interpretation of one variant found on TRK-inhibitor treatment. <see cref="Position"/> is in the numbering
/// of <see cref="ReferenceIsoform"/>; <see cref="InputPosition"/> is the position as written when it differs
/// (NTRK2 838-aa numbering). <see cref="Type1NextGenOvercomes"/> is null when nothing is known.
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
    bool ReferenceValidated,
    MutationClass Class,
    string Mechanism,
    bool? Type1NextGenOvercomes,
    bool? Type2Sensitive,
    string Interpretation,
    IReadOnlyList<AppliedRule> Rules);
