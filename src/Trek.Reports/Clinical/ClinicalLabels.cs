using System.Text.RegularExpressions;
using Trek.Clinical.Eligibility;
using Trek.Clinical.Resistance;
using Trek.Clinical.TestRoute;

namespace Trek.Reports.Clinical;

/// <summary>
/// The words a clinician reads for the codes of the clinical results (issue 16: labels, not code names).
/// JSON keeps the codes; only the text writers use these. A code without a label here is shown with its
/// underscores as spaces rather than refused, so a new code is readable before it gets its label.
/// </summary>
public static partial class ClinicalLabels
{
    public static string Assay(AssayResult result) => result switch
    {
        AssayResult.NotDone => "not done",
        AssayResult.Positive => "positive",
        AssayResult.Weak => "weakly positive",
        AssayResult.Negative => "negative",
        AssayResult.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
    };

    /// <summary>How the tumour type shapes the testing route (ESMO 2019 groups).</summary>
    public static string Group(TumourGroup group) => group switch
    {
        TumourGroup.HighRecurrence => "NTRK fusions highly recurrent",
        TumourGroup.PhysiologicalTrk => "physiological TRK expression, pan-TRK IHC unreliable",
        TumourGroup.Other => "NTRK fusions uncommon",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    public static string Age(AgeGroup age) => age == AgeGroup.Adult ? "adult" : "paediatric";

    /// <summary>The conclusion codes of <see cref="TestRouteAdvice.Conclusion"/>.</summary>
    public static string Conclusion(string code) => code switch
    {
        "no_results" => "no results yet",
        "fusion_confirmed" => "NTRK fusion confirmed",
        "fusion_likely" => "NTRK fusion likely, not yet confirmed",
        "discordant" => "results disagree",
        "not_excluded" => "NTRK fusion not excluded",
        "fusion_unlikely" => "NTRK fusion unlikely",
        "no_fusion_detected" => "no NTRK fusion detected",
        _ => Spaced(code),
    };

    /// <summary>The next-test codes of <see cref="TestRouteAdvice.NextTest"/>.</summary>
    public static string NextTest(string code) => code switch
    {
        "none" => "none needed",
        "rna_ngs" => "RNA-based NGS",
        "confirmatory_fish_rt_pcr_or_rna_ngs" => "a confirmatory assay: FISH, RT-PCR or RNA-based NGS",
        "pan_trk_ihc_or_rna_ngs" => "pan-TRK IHC or RNA-based NGS",
        "pan_trk_ihc" => "pan-TRK IHC",
        "orthogonal_confirmation" => "confirmation by a different assay (another RNA panel, RT-PCR or FISH)",
        _ => Spaced(code),
    };

    /// <summary>"oncotree_2026_05_21" as "OncoTree 2026-05-21".</summary>
    public static string Vocabulary(string code) =>
        OncoTreeVersion().Match(code) is { Success: true } m ? $"OncoTree {m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}" : Spaced(code);

    /// <summary>Eligibility criterion ids (docs/clinical.md, Criteria).</summary>
    public static string Criterion(string id) => id switch
    {
        "age" => "Age",
        "tumour_type" => "Tumour type",
        "disease_status" => "Disease status",
        "performance_status" => "Performance status",
        "ntrk_fusion" => "NTRK fusion",
        "organ_function_total_bilirubin" => "Organ function: total bilirubin",
        "organ_function_alt" => "Organ function: ALT",
        "organ_function_ast" => "Organ function: AST",
        "organ_function_creatinine" => "Organ function: creatinine",
        "recovered_from_prior_therapy" => "Recovery from prior therapy",
        _ => Capitalised(Spaced(id)),
    };

    public static string Status(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "met    ",
        CriterionStatus.NotMet => "NOT MET",
        CriterionStatus.Unknown => "UNKNOWN",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Class(MutationClass c) => c switch
    {
        MutationClass.SolventFront => "solvent-front mutation",
        MutationClass.Gatekeeper => "gatekeeper mutation",
        MutationClass.Xdfg => "xDFG mutation",
        MutationClass.KinaseOther => "other kinase-domain change",
        MutationClass.OffTarget => "bypass alteration",
        MutationClass.Nonsense => "nonsense (premature stop)",
        MutationClass.Frameshift => "frameshift",
        MutationClass.InframeDeletion => "in-frame deletion",
        MutationClass.InframeInsertion => "in-frame insertion",
        MutationClass.Synonymous => "synonymous (no amino-acid change)",
        MutationClass.Unknown => "not a classified resistance change",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, null),
    };

    /// <summary>The mechanism codes of <see cref="ResistanceCall.Mechanism"/>.</summary>
    public static string Mechanism(string code) => code switch
    {
        "on_target" => "on-target",
        "off_target" => "off-target",
        "loss_of_kinase" => "loss of the kinase",
        "unknown" => "mechanism unknown",
        _ => Spaced(code),
    };

    /// <summary>The BSA formula codes of the dose result.</summary>
    public static string BsaFormula(string code) => code switch
    {
        "mosteller" => "Mosteller",
        "dubois" => "Du Bois",
        "haycock" => "Haycock",
        _ => code,
    };

    /// <summary>
    /// Patient-record key paths inside a message (`birth_date`, `labs.alt.uln`, `performance.score`) set in
    /// backticks: they are what to add to the record, not words, and are shown as such.
    /// </summary>
    public static string QuoteKeys(string text) => RecordKey().Replace(text, m => $"`{m.Value}`");

    /// <summary>Record vocabulary echoed in a value (locally_advanced) written as words.</summary>
    public static string Words(string text) => Underscored().Replace(text, m => m.Value.Replace('_', ' '));

    private static string Spaced(string code) => code.Replace('_', ' ');

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^oncotree_(\d{4})_(\d{2})_(\d{2})$")]
    private static partial Regex OncoTreeVersion();

    [GeneratedRegex(@"(?<![\w`.])(?:(?:labs|performance|ntrk_fusion|etv6_rearrangement)\.[a-z_]+(?:\.[a-z_]+)?|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w`])")]
    private static partial Regex RecordKey();

    [GeneratedRegex(@"\b[a-z]+(?:_[a-z]+)+\b")]
    private static partial Regex Underscored();
}
