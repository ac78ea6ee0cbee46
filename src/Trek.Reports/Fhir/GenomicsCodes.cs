using Hl7.Fhir.Model;

namespace Trek.Reports.Fhir;

/// <summary>
/// The codes the bundle uses, each with the profile element of the HL7 Genomics Reporting IG STU3
/// (hl7.fhir.uv.genomics-reporting 3.0.0, http://hl7.org/fhir/uv/genomics-reporting/STU3/) that asks for it.
/// Systems are written as the IG's examples write them (its Aliases.fsh), except HGNC, which uses the
/// terminology.hl7.org registration (http://www.genenames.org/geneid) that the IG's HGNC value set draws on.
/// </summary>
public static class GenomicsCodes
{
    public const string Loinc = "http://loinc.org";
    public const string Hgnc = "http://www.genenames.org/geneid";
    public const string SequenceOntology = "http://sequenceontology.org";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string DiagnosticServiceSection = "http://terminology.hl7.org/CodeSystem/v2-0074";
    public const string TbdCodes = "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs";

    public const string IgBase = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/";
    public const string GenomicReportProfile = IgBase + "genomic-report";
    public const string VariantProfile = IgBase + "variant";
    public const string TherapeuticImplicationProfile = IgBase + "therapeutic-implication";

    /// <summary>genomic-report DiagnosticReport.code: LOINC 51969-4 "Genetic analysis report".</summary>
    public static Coding GeneticAnalysisReport => new(Loinc, "51969-4", "Genetic analysis report");

    /// <summary>genomic-report DiagnosticReport.category:Genetics and genomic-base Observation.category slice: v2-0074 GE.</summary>
    public static Coding Genetics => new(DiagnosticServiceSection, "GE", "Genetics");

    /// <summary>genomic-base Observation.category:labCategory: observation-category laboratory.</summary>
    public static Coding Laboratory => new(ObservationCategory, "laboratory", "Laboratory");

    /// <summary>variant Observation.code: LOINC 69548-6 "Genetic variant assessment".</summary>
    public static Coding GeneticVariantAssessment => new(Loinc, "69548-6", "Genetic variant assessment");

    /// <summary>variant Observation.value[x] (required binding LOINC answer list LL1971-2): Present.</summary>
    public static Coding Present => new(Loinc, "LA9633-4", "Present");

    /// <summary>LL1971-2: Absent (the searched-for variation was looked for and not found).</summary>
    public static Coding Absent => new(Loinc, "LA9634-2", "Absent");

    /// <summary>LL1971-2: Indeterminate (a call that the test cannot settle).</summary>
    public static Coding Indeterminate => new(Loinc, "LA11884-6", "Indeterminate");

    /// <summary>variant Observation.method (extensible binding LOINC LL4048-6): Sequencing.</summary>
    public static Coding Sequencing => new(Loinc, "LA26398-0", "Sequencing");

    /// <summary>genomic-finding component:gene-studied code: LOINC 48018-6 "Gene studied [ID]".</summary>
    public static Coding GeneStudied => new(Loinc, "48018-6", "Gene studied [ID]");

    /// <summary>variant component:variation-code code: LOINC 81252-9 "Discrete genetic variant".</summary>
    public static Coding VariationCode => new(Loinc, "81252-9", "Discrete genetic variant");

    /// <summary>variant component:coding-change-type code: LOINC 48019-4 "DNA change type" (required when no exact HGVS is given).</summary>
    public static Coding DnaChangeType => new(Loinc, "48019-4", "DNA change type");

    /// <summary>Sequence Ontology SO:0001565 gene_fusion (a sequence_variant, under SO:0002072 as the IG's DNA change type value set asks).</summary>
    public static Coding GeneFusion => new(SequenceOntology, "SO:0001565", "gene_fusion");

    /// <summary>variant component:genomic-source-class code: LOINC 48002-0 "Genomic source class [Type]".</summary>
    public static Coding GenomicSourceClass => new(Loinc, "48002-0", "Genomic source class [Type]");

    /// <summary>LOINC answer list LL378-1: Somatic (RNA from a tumour specimen).</summary>
    public static Coding Somatic => new(Loinc, "LA6684-0", "Somatic");

    /// <summary>therapeutic-implication Observation.code: tbd-codes-cs therapeutic-implication.</summary>
    public static Coding TherapeuticImplication => new(TbdCodes, "therapeutic-implication", "Therapeutic Implication");

    /// <summary>therapeutic-implication component:medication-assessed code: LOINC 51963-7 "Medication assessed [ID]".</summary>
    public static Coding MedicationAssessed => new(Loinc, "51963-7", "Medication assessed [ID]");

    /// <summary>therapeutic-implication component:predicted-therapeutic-implication code: LOINC 51961-1 "Genetic variation's effect on drug efficacy".</summary>
    public static Coding EffectOnDrugEfficacy => new(Loinc, "51961-1", "Genetic variation's effect on drug efficacy");

    /// <summary>LOINC answer list LL539-8: Presumed responsive.</summary>
    public static Coding PresumedResponsive => new(Loinc, "LA9661-5", "Presumed responsive");

    /// <summary>implication component:evidence-level code: LOINC 93044-6 "Level of evidence".</summary>
    public static Coding EvidenceLevel => new(Loinc, "93044-6", "Level of evidence");
}
