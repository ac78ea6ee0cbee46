namespace Trek.Clinical.Rules;

/// <summary>
/// Every source a clinical rule in Trek.Clinical cites, in one place so that the text a reviewer sees in
/// the output is the same string the code and the tests point at. docs/clinical.md lists them again.
/// </summary>
public static class Sources
{
    /// <summary>Label section numbers follow the VITRAKVI US prescribing information (Loxo Oncology/Bayer).</summary>
    public const string LabelDosage = "VITRAKVI (larotrectinib) US prescribing information, section 2.2 Recommended Dosage";

    public const string LabelAdverseReactions = "VITRAKVI (larotrectinib) US prescribing information, section 2.3 Dosage Modifications for Adverse Reactions, Table 1";

    public const string LabelCyp3a4Inhibitors = "VITRAKVI (larotrectinib) US prescribing information, section 2.4 Dosage Modifications for Coadministration with Strong CYP3A4 Inhibitors";

    public const string LabelCyp3a4Inducers = "VITRAKVI (larotrectinib) US prescribing information, section 2.5 Dosage Modifications for Coadministration with Strong CYP3A4 Inducers";

    public const string LabelHepatic = "VITRAKVI (larotrectinib) US prescribing information, section 2.6 Dosage Modifications for Patients with Hepatic Impairment";

    public const string LabelFormulations = "VITRAKVI (larotrectinib) US prescribing information, section 3 Dosage Forms and Strengths (capsules 25 mg and 100 mg; oral solution 20 mg/mL)";

    /// <summary>The oral-syringe instructions are in the product information outside the US label (found in the Swiss text; the US label section 2 says only "oral solution").</summary>
    public const string LabelOralSyringe = "VITRAKVI Fachinformation (Swissmedic 67281, Bayer), Sonstige Hinweise - Hinweise fuer die Handhabung: volumes under 1 mL with a 1 mL oral syringe graduated in 0.1 mL, volumes of 1 mL and more with a 5 mL oral syringe graduated in 0.2 mL";

    public const string Mosteller = "Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317:1098";

    public const string DuBois = "Du Bois D, Du Bois EF. A formula to estimate the approximate surface area if height and weight be known. Arch Intern Med 1916;17:863-871";

    public const string Haycock = "Haycock GB, Schwartz GJ, Wisotsky DH. Geometric method for measuring body surface area. J Pediatr 1978;93:62-66";

    public const string DoseRounding = "Fahrenbruch R et al. Dose rounding of biologic and cytotoxic anticancer agents: a position statement of the Hematology/Oncology Pharmacy Association. J Oncol Pract 2018;14:e130-e136 (round to within 10% of the prescribed dose)";

    public const string Esmo2019 = "Marchio C et al. ESMO recommendations on the standard methods to detect NTRK fusions in daily practice and clinical research. Ann Oncol 2019;30:1417-1427";

    public const string PaediatricConsensus = "Albert CM et al. TRK fusion cancers in children: a clinical review and recommendations for screening. J Clin Oncol 2019;37:513-524";

    public const string Laetsch2018 = "Laetsch TW et al. Larotrectinib for paediatric solid tumours harbouring NTRK gene fusions: phase 1 results from a multicentre, open-label, phase 1/2 study (SCOUT). Lancet Oncol 2018;19:705-714";

    public const string ScoutRegistry = "ClinicalTrials.gov NCT02637687 (SCOUT), inclusion criteria";

    public const string ScoutRegistryAge = "ClinicalTrials.gov NCT02637687 (SCOUT), current record, eligibility: ages 'birth through 21 years'; 'infants from birth'";

    public const string Ctcae5 = "NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0, 2017: upper bound of grade 1";

    public const string Lansky = "Lansky SB et al. The measurement of performance in childhood cancer patients. Cancer 1987;60:1651-1656";

    public const string Karnofsky = "Karnofsky DA, Burchenal JH. The clinical evaluation of chemotherapeutic agents in cancer. In: MacLeod CM, ed. Evaluation of Chemotherapeutic Agents. Columbia Univ Press; 1949:191-205";

    public const string Drilon2017 = "Drilon A et al. A next-generation TRK kinase inhibitor overcomes acquired resistance to prior TRK kinase inhibition in patients with TRK fusion-positive solid tumors (selitrectinib, LOXO-195). Cancer Discov 2017;7:963-972";

    public const string Drilon2018 = "Drilon A et al. Repotrectinib (TPX-0005) is a next-generation ROS1/TRK/ALK inhibitor that potently inhibits ROS1/TRK/ALK solvent-front mutations. Cancer Discov 2018;8:1227-1236";

    public const string Cocco2021 = "Cocco E et al. TRK xDFG mutations trigger a sensitivity switch from type I to II kinase inhibitors. Cancer Discov 2021;11:126-141";

    public const string Cocco2019 = "Cocco E et al. Resistance to TRK inhibition mediated by convergent MAPK pathway activation. Nat Med 2019;25:1422-1427";

    public const string Manning2002 = "Manning G et al. The protein kinase complement of the human genome. Science 2002;298:1912-1934 (Kincat table, via annoFuse inst/extdata/Kincat_Hsap.08.02.txt, MIT)";
}
