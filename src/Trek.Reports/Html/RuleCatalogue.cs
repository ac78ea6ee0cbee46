using Trek.Reports.Interpretation;

namespace Trek.Reports.Html;

/// <summary>The wording of each interpretation rule and its source, as printed on the page and in docs/report.md.</summary>
public static class RuleCatalogue
{
    public static (string Rule, string Source) For(Criterion c) => c switch
    {
        Criterion.PartnerIdentified => ("Both partners are identified by an exact breakpoint on an annotated transcript; otherwise the structure (frame, orientation) cannot be assessed and the call needs confirmation.", ReportSources.ClinGenNtrk),
        Criterion.Orientation => ("The NTRK gene is the 3' partner (5' partner::NTRK), so the TRK kinase is expressed from the partner's promoter.", ReportSources.ClinGenNtrk),
        Criterion.KinaseDomainRetained => ("The TRK tyrosine kinase domain is retained in the fused transcript.", ReportSources.ClinGenNtrk),
        Criterion.InFrame => ("The partner's coding sequence joins NTRK in frame, without an earlier stop codon.", ReportSources.ClinGenNtrk),
        Criterion.CallConfidence => ("High- or medium-confidence calls only are interpreted as findings; low-confidence calls are not presented as actionable.", ReportSources.TrekConfidence),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static string Name(Criterion c) => c switch
    {
        Criterion.PartnerIdentified => "Partner identified",
        Criterion.Orientation => "Orientation (NTRK 3')",
        Criterion.KinaseDomainRetained => "Kinase domain retained",
        Criterion.InFrame => "In frame",
        Criterion.CallConfidence => "Call confidence",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static string Text(Outcome o) => o switch
    {
        Outcome.Met => "met",
        Outcome.NotMet => "not met",
        _ => "not determined",
    };

    /// <summary>The report's headline, printed on the page and given as the FHIR DiagnosticReport.conclusion.</summary>
    public static string Headline(ReportOutcome o) => o switch
    {
        ReportOutcome.Positive => "POSITIVE: NTRK gene fusion detected",
        ReportOutcome.Indeterminate => "INDETERMINATE: NTRK fusion call not established; confirmation required",
        ReportOutcome.NotActionable => "NTRK rearrangement detected that cannot encode a TRK kinase fusion: not actionable",
        _ => "NEGATIVE: no NTRK1, NTRK2 or NTRK3 fusion detected",
    };

    public static string Tier(TierAssignment t) => t.Tier switch
    {
        AmpTier.TierI => $"Tier I (strong clinical significance), level {t.Level}",
        AmpTier.TierII => $"Tier II (potential clinical significance), level {t.Level}",
        AmpTier.TierIII => "Tier III (unknown clinical significance)",
        AmpTier.TierIV => "Tier IV (benign or likely benign)",
        _ => "Tier not assigned",
    };

    public static (string Rule, string Source) TierRule(TierReason r) => r switch
    {
        TierReason.ApprovedInSolidTumour => ("An in-frame NTRK1/2/3 fusion retaining the kinase domain in a solid tumour: FDA-approved therapies for this tumour type (tumour-agnostic approvals of larotrectinib and entrectinib) = Tier I, level A.", ReportSources.Li2017),
        TierReason.ApprovedInOtherTumourType => ("The approvals cover solid tumours; in a haematological tumour the same fusion has an approved therapy in another tumour type = Tier II, level C.", ReportSources.Li2017),
        TierReason.TumourClassUnknown => ("The tier depends on whether the tumour is solid (approvals cover solid tumours): state the tumour type or tumour_class in the sample file.", ReportSources.Li2017),
        TierReason.NeedsConfirmation => ("A call whose structure is not established is not tiered until an orthogonal assay confirms it.", ReportSources.Esmo2019),
        TierReason.UnknownSignificance => ("A fusion that cannot encode a TRK kinase fusion protein (NTRK 5', kinase domain lost, out of frame) has no established significance = Tier III.", ReportSources.Li2017),
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    public static (string Name, string Source) Therapy(Therapy t) => t switch
    {
        Interpretation.Therapy.Larotrectinib => ("larotrectinib (VITRAKVI)", ReportSources.LarotrectinibLabel),
        Interpretation.Therapy.Entrectinib => ("entrectinib (ROZLYTREK)", ReportSources.EntrectinibLabel),
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    public static string Category(FindingCategory c) => c switch
    {
        FindingCategory.Oncogenic => "Oncogenic NTRK fusion (all structure criteria met)",
        FindingCategory.PartnerUnknown => "NTRK fusion with an unidentified 5' partner: not established; confirmation required",
        FindingCategory.SpanningOnly => "Gene pair supported by spanning read pairs only: no breakpoint, frame or domain; confirmation required",
        FindingCategory.LowConfidence => "Low-confidence call: not presented as actionable; confirmation required",
        FindingCategory.NotOncogenicStructure => "Structure cannot encode a TRK kinase fusion protein: not actionable",
        FindingCategory.StructureIncomplete => "Structure not fully determined: confirmation required",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static (string Text, string Source) Limitation(Limitation l) => l switch
    {
        Interpretation.Limitation.GenesInIndexOnly => ("Only fusions whose genes are in Trek's index are detected (partner-unknown calls need only the NTRK gene); fusions of genes outside the index are not assessed.", ReportSources.Esmo2019),
        Interpretation.Limitation.ExpressionAndRnaQuality => ("RNA-based detection needs the fusion to be expressed and the RNA to be intact enough; degraded (e.g. FFPE) RNA or low expression can give a false negative.", ReportSources.Esmo2019),
        Interpretation.Limitation.TumourContent => ($"Tumour content is below {Interpretation.ReportBuilder.MinTumourContentPercent:0} % or not stated: a fusion in a minor tumour fraction may be missed.", ReportSources.Esmo2019),
        Interpretation.Limitation.LowDepth => ($"Fewer than {Interpretation.ReportBuilder.MinPairs:N0} read pairs were sequenced: sensitivity is reduced.", ReportSources.Esmo2019),
        Interpretation.Limitation.NotClinicallyValidated => ("Trek is research software: its analytical sensitivity and specificity have not been established in a clinical validation; a laboratory must validate it before clinical use.", ReportSources.Gulley2007),
        Interpretation.Limitation.PartnerNotIdentified => ("The 5' partner of a partner-unknown call was not identified; reading frame and orientation cannot be assessed from these data.", ReportSources.ClinGenNtrk),
        _ => throw new ArgumentOutOfRangeException(nameof(l)),
    };
}
