namespace Trek.Reports.Interpretation;

/// <summary>Every source the report's rules cite, as printed beside the rule on the page and in docs/report.md.</summary>
public static class ReportSources
{
    public const string Li2017 = "Li MM et al. Standards and guidelines for the interpretation and reporting of sequence variants in cancer: a joint consensus recommendation of AMP, ASCO and CAP. J Mol Diagn 2017;19:4-23 (Figure 2 and Table 2: tiers and levels of evidence)";

    public const string Gulley2007 = "Gulley ML et al. Clinical laboratory reports in molecular pathology. Arch Pathol Lab Med 2007;131:852-863 (report elements)";

    public const string ClinGenNtrk = "Saliba J et al. Standardized evidence-based approach for assessment of oncogenic and clinical significance of NTRK fusions (ClinGen Somatic Cancer Clinical Domain Working Group, NTRK fusions taskforce). Cancer Genet 2022;264-265:50-59 (fusion structure: 3' NTRK kinase domain retained, in frame, 5' partner orientation)";

    public const string Bruford2021 = "Bruford EA et al. HUGO Gene Nomenclature Committee (HGNC) recommendations for the designation of gene fusions. Leukemia 2021;35:3040-3043 (5'::3' with a double colon)";

    public const string ViccFusions = "VICC Gene Fusion Specification (fusions.cancervariants.org): exon-level assayed fusion form transcript(gene):e.N::transcript(gene):e.M, 'v' for an unknown partner";

    public const string LarotrectinibLabel = "VITRAKVI (larotrectinib) US prescribing information, section 1 Indications and Usage: adult and paediatric patients with solid tumours that have an NTRK gene fusion without a known acquired resistance mutation (FDA accelerated approval 2018)";

    public const string EntrectinibLabel = "ROZLYTREK (entrectinib) US prescribing information, section 1.2 NTRK Gene Fusion-Positive Solid Tumors (FDA accelerated approval 2019)";

    public const string Esmo2019 = Trek.Clinical.Rules.Sources.Esmo2019;

    public const string TrekConfidence = "Trek fusion confidence rule (docs/fusion.md, Arriba-style high/medium/low): low-confidence calls lack an exact splice-site breakpoint or enough supporting reads";

    /// <summary>Short citation for a source, for tables where the full reference is listed once under "Interpretation rules and sources".</summary>
    public static string Short(string source) => source switch
    {
        Li2017 => "Li et al. 2017 (AMP/ASCO/CAP), J Mol Diagn 19:4-23",
        Gulley2007 => "Gulley et al. 2007 (CAP), Arch Pathol Lab Med 131:852-863",
        ClinGenNtrk => "Saliba et al. 2022 (ClinGen NTRK fusions), Cancer Genet 264-265:50-59",
        Bruford2021 => "Bruford et al. 2021 (HGNC), Leukemia 35:3040-3043",
        ViccFusions => "VICC Gene Fusion Specification",
        LarotrectinibLabel => "VITRAKVI US prescribing information, section 1",
        EntrectinibLabel => "ROZLYTREK US prescribing information, section 1.2",
        Esmo2019 => "Marchio et al. 2019 (ESMO), Ann Oncol 30:1417-1427",
        TrekConfidence => "Trek confidence rule, docs/fusion.md",
        _ => source,
    };
}
