using Trek.Clinical.Rules;

namespace Trek.Clinical.TestRoute;

/// <summary>
/// The conclusion so far and the next test. <see cref="Conclusion"/> is one of: no_results, fusion_confirmed,
/// fusion_likely, discordant, not_excluded, fusion_unlikely, no_fusion_detected. <see cref="NextTest"/> is one of:
/// none, rna_ngs, confirmatory_fish_rt_pcr_or_rna_ngs, pan_trk_ihc_or_rna_ngs, pan_trk_ihc, orthogonal_confirmation.
/// <see cref="Tumour"/> is the vocabulary's name for what was typed, <see cref="TumourCode"/> its OncoTree (or Trek) code.
/// </summary>
public sealed record TestRouteAdvice(
    string Tumour,
    string TumourCode,
    string Vocabulary,
    TumourGroup TumourGroup,
    string TumourGroupSource,
    AgeGroup AgeGroup,
    TestResults Results,
    string Conclusion,
    string NextTest,
    string Explanation,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<AppliedRule> Rules);
