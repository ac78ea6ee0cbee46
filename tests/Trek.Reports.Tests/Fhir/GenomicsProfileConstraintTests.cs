// The Firely model marks most elements nullable; these tests assert their presence instead of annotating each access.
#nullable disable warnings

using Hl7.Fhir.Model;
using Trek.Reports.Fhir;

namespace Trek.Reports.Tests.Fhir;

/// <summary>
/// Each constraint of the HL7 Genomics Reporting IG STU3 (hl7.fhir.uv.genomics-reporting 3.0.0) that the bundle relies on,
/// asserted on the bundle of the bundled example (ETV6::NTRK3, examples/pizzly-spikein/README.md). The IG package cannot be
/// fetched here, so these stand in for profile validation; each test names the profile element it checks. Values are those
/// the IG fixes (pattern) or binds, read from the STU3 profile pages and the IG's FSH sources.
/// </summary>
public sealed class GenomicsProfileConstraintTests
{
    private static readonly Bundle Bundle = GenomicReportBundle.Build(FhirReports.Example(), "%PDF-1.4\n"u8.ToArray());

    private static DiagnosticReport Report => Bundle.Entry.Select(e => e.Resource).OfType<DiagnosticReport>().Single();

    private static List<Observation> Variants => Observations("http://loinc.org", "69548-6");

    private static List<Observation> Implications => Observations(GenomicsCodes.TbdCodes, "therapeutic-implication");

    private static Observation Etv6Ntrk3 => Variants.Single(v => v.Note[0].Text!.StartsWith("ETV6::NTRK3", StringComparison.Ordinal));

    [Fact]
    public void GenomicReport_Code_IsLoinc51969_4()
    {
        Assert.Equal(("http://loinc.org", "51969-4"), Code(Report.Code));
        Assert.Contains(GenomicsCodes.GenomicReportProfile, Report.Meta.Profile);
    }

    /// <summary>genomic-report DiagnosticReport.category:Genetics 1..1, pattern v2-0074#GE.</summary>
    [Fact]
    public void GenomicReport_CategoryGenetics_ExactlyOnce()
    {
        Assert.Single(Report.Category, c => Code(c) == ("http://terminology.hl7.org/CodeSystem/v2-0074", "GE"));
    }

    /// <summary>genomic-report DiagnosticReport.result:variant and result:therapeutic-implication: every result resolves in the bundle to an Observation of that profile.</summary>
    [Fact]
    public void GenomicReport_ResultSlices_ResolveToVariantAndImplication()
    {
        var byUrl = Bundle.Entry.ToDictionary(e => e.FullUrl, e => e.Resource);
        var profiles = Report.Result.Select(r => Assert.IsType<Observation>(byUrl[r.Reference]).Meta.Profile.Single()).ToList();
        Assert.Equal(9, profiles.Count(p => p == GenomicsCodes.VariantProfile)); // nine calls in expected_fusions.tsv
        Assert.Equal(2, profiles.Count(p => p == GenomicsCodes.TherapeuticImplicationProfile)); // larotrectinib, entrectinib
        Assert.Equal(profiles.Count, Report.Result.Count);
    }

    /// <summary>genomic-report DiagnosticReport.specimen and the IG's specimen rule Specimen.subject 1..1.</summary>
    [Fact]
    public void GenomicReport_Specimen_HasSubjectPatient()
    {
        var specimen = Bundle.Entry.Single(e => e.FullUrl == Assert.Single(Report.Specimen).Reference).Resource as Specimen;
        Assert.NotNull(specimen);
        Assert.Equal(Report.Subject.Reference, specimen.Subject.Reference);
        Assert.Equal("SRR1659964", specimen.Identifier[0].Value); // specimen_id in examples/pizzly-spikein/sample.yaml
        Assert.IsType<Patient>(Bundle.Entry.Single(e => e.FullUrl == Report.Subject.Reference).Resource);
    }

    /// <summary>genomic-report DiagnosticReport.presentedForm: the PDF, content type application/pdf.</summary>
    [Fact]
    public void GenomicReport_PresentedForm_IsThePdf()
    {
        var form = Assert.Single(Report.PresentedForm);
        Assert.Equal("application/pdf", form.ContentType);
        Assert.Equal("%PDF-1.4\n"u8.ToArray(), form.Data);
        Assert.Equal("2026-12-03", form.Creation);
    }

    /// <summary>genomic-base Observation.category 2..*: slice labCategory (observation-category#laboratory) and the Genetics slice (v2-0074#GE), on every Observation.</summary>
    [Fact]
    public void GenomicBase_Category_LaboratoryAndGenetics()
    {
        foreach (var o in Bundle.Entry.Select(e => e.Resource).OfType<Observation>())
        {
            Assert.Single(o.Category, c => Code(c) == ("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory"));
            Assert.Single(o.Category, c => Code(c) == ("http://terminology.hl7.org/CodeSystem/v2-0074", "GE"));
        }
    }

    /// <summary>variant Observation.code pattern LOINC 69548-6 and value[x] bound (required) to LOINC LL1971-2.</summary>
    [Fact]
    public void Variant_CodeAndValue_69548_6Present()
    {
        Assert.Equal(("http://loinc.org", "69548-6"), Code(Etv6Ntrk3.Code));
        Assert.Equal(("http://loinc.org", "LA9633-4"), Code(CC(Etv6Ntrk3.Value)));
        // LL1971-2 answers: LA9633-4 Present, LA9634-2 Absent, LA18198-4 No call, LA11884-6 Indeterminate.
        Assert.All(Variants, v => Assert.Contains(CC(v.Value).Coding.Single().Code, new[] { "LA9633-4", "LA9634-2", "LA18198-4", "LA11884-6" }));
    }

    /// <summary>genomic-finding component:gene-studied (48018-6), value[x] 1..1 CodeableConcept: HGNC id as code, symbol as display, one per partner.</summary>
    [Fact]
    public void Variant_GeneStudied_BothPartnersWithHgncIds()
    {
        var genes = Etv6Ntrk3.Component.Where(c => c.Code.Coding[0].Code == "48018-6").Select(c => CC(c.Value).Coding.Single()).ToList();
        Assert.Equal([("ETV6", "HGNC:3495"), ("NTRK3", "HGNC:8033")], genes.Select(g => (g.Display, g.Code)));
        Assert.All(genes, g => Assert.Equal("http://www.genenames.org/geneid", g.System));
    }

    /// <summary>variant component:variation-code (81252-9) value[x] 1..1: SO gene_fusion with the VICC exon-level name as text.</summary>
    [Fact]
    public void Variant_VariationCode_GeneFusionWithExonLevelName()
    {
        var value = CC(Assert.Single(Etv6Ntrk3.Component, c => c.Code.Coding[0].Code == "81252-9").Value);
        Assert.Equal(("http://sequenceontology.org", "SO:0001565"), Code(value));
        Assert.Equal("ETV6::NTRK3 ENST00000396373(ETV6):e.5::ENST00000360948(NTRK3):e.15", value.Text);
    }

    /// <summary>variant component:coding-change-type (48019-4) 0..1, value from the IG's DNA change type value set (SO): gene_fusion.</summary>
    [Fact]
    public void Variant_CodingChangeType_GeneFusionOnce()
    {
        var value = CC(Assert.Single(Etv6Ntrk3.Component, c => c.Code.Coding[0].Code == "48019-4").Value);
        Assert.Equal(("http://sequenceontology.org", "SO:0001565"), Code(value));
    }

    /// <summary>variant component:genomic-source-class (48002-0) 0..1, value from LOINC LL378-1: Somatic LA6684-0.</summary>
    [Fact]
    public void Variant_GenomicSourceClass_SomaticOnce()
    {
        var value = CC(Assert.Single(Etv6Ntrk3.Component, c => c.Code.Coding[0].Code == "48002-0").Value);
        Assert.Equal(("http://loinc.org", "LA6684-0"), Code(value));
    }

    /// <summary>variant Observation.method bound (extensible) to LOINC LL4048-6: Sequencing LA26398-0, RNA-seq in text.</summary>
    [Fact]
    public void Variant_Method_SequencingRnaSeq()
    {
        Assert.Equal(("http://loinc.org", "LA26398-0"), Code(Etv6Ntrk3.Method!));
        Assert.StartsWith("RNA-seq", Etv6Ntrk3.Method.Text);
    }

    /// <summary>Cardinality: no variant component slice declared 0..1 in the IG appears twice; every component has a value (value[x] 1..1 on every slice used).</summary>
    [Fact]
    public void Variant_ComponentCardinality_SingleSlicesOnceEachWithValue()
    {
        foreach (var v in Variants)
        {
            foreach (var single in new[] { "81252-9", "48019-4", "48002-0" })
            {
                Assert.Single(v.Component, c => c.Code.Coding[0].Code == single);
            }

            Assert.All(v.Component, c => Assert.NotNull(c.Value));
        }
    }

    /// <summary>variant (via genomic-base) Observation.subject and specimen: the report's patient and specimen.</summary>
    [Fact]
    public void Variant_SubjectAndSpecimen_TheReportsOwn()
    {
        Assert.All(Variants, v =>
        {
            Assert.Equal(Report.Subject!.Reference, v.Subject!.Reference);
            Assert.Equal(Report.Specimen[0].Reference, v.Specimen!.Reference);
            Assert.Equal("2026-11-20", Assert.IsType<FhirDateTime>(v.Effective).Value); // collection_date in sample.yaml
        });
    }

    /// <summary>therapeutic-implication Observation.code pattern tbd-codes-cs#therapeutic-implication; value[x] 0..0 (GenomicImplication).</summary>
    [Fact]
    public void TherapeuticImplication_CodeAndNoValue()
    {
        Assert.Equal(2, Implications.Count);
        Assert.All(Implications, o =>
        {
            Assert.Equal((GenomicsCodes.TbdCodes, "therapeutic-implication"), Code(o.Code));
            Assert.Null(o.Value);
        });
    }

    /// <summary>therapeutic-implication derivedFrom 1..* (slice variant): the ETV6::NTRK3 variant Observation in the bundle.</summary>
    [Fact]
    public void TherapeuticImplication_DerivedFrom_TheEtv6Ntrk3Variant()
    {
        var variantUrl = Bundle.Entry.Single(e => ReferenceEquals(e.Resource, Etv6Ntrk3)).FullUrl;
        Assert.All(Implications, o => Assert.Equal(variantUrl, Assert.Single(o.DerivedFrom).Reference));
    }

    /// <summary>therapeutic-implication component:medication-assessed (51963-7) value[x] 1..1: larotrectinib and entrectinib (Tier I level A in a solid tumour).</summary>
    [Fact]
    public void TherapeuticImplication_MedicationAssessed_Larotrectinib()
    {
        var drugs = Implications.Select(o => CC(Assert.Single(o.Component, c => c.Code.Coding[0].Code == "51963-7").Value).Text).ToList();
        Assert.Equal(["larotrectinib", "entrectinib"], drugs);
        var laro = Implications[0];
        Assert.Equal(("http://loinc.org", "LA9661-5"), Code(CC(laro.Component.Single(c => c.Code.Coding[0].Code == "51961-1").Value)));
        Assert.Equal("AMP/ASCO/CAP 2017 Tier I (strong clinical significance), level A", CC(laro.Component.Single(c => c.Code.Coding[0].Code == "93044-6").Value).Text);
        Assert.Contains("VITRAKVI", laro.Note[0].Text);
    }

    private static List<Observation> Observations(string system, string code) =>
        Bundle.Entry.Select(e => e.Resource).OfType<Observation>().Where(o => Code(o.Code) == (system, code)).ToList();

    private static (string?, string?) Code(CodeableConcept c) => (c.Coding.Single().System, c.Coding.Single().Code);

    private static CodeableConcept CC(DataType? value) => Assert.IsType<CodeableConcept>(value);
}
