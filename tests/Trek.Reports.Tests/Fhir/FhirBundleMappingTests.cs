// The Firely model marks most elements nullable; these tests assert their presence instead of annotating each access.
#nullable disable warnings

using System.Text;
using Hl7.Fhir.Model;
using Trek.Reports.Fhir;

namespace Trek.Reports.Tests.Fhir;

/// <summary>What the bundle says for a partner-unknown call and a negative run, and that it is reproducible byte for byte.</summary>
public sealed class FhirBundleMappingTests
{
    [Fact]
    public void PartnerUnknown_OneGeneStudiedIndeterminateNoTherapy()
    {
        var bundle = GenomicReportBundle.Build(FhirReports.PartnerUnknown(), null);
        var variant = Assert.Single(Observations(bundle));
        // The report's outcome is "not established; confirmation required": LL1971-2 Indeterminate, not Present.
        Assert.Equal("LA11884-6", CC(variant.Value).Coding[0].Code);
        var gene = Assert.Single(variant.Component, c => c.Code.Coding[0].Code == "48018-6");
        Assert.Equal("HGNC:8033", CC(gene.Value).Coding[0].Code); // NTRK3, HGNC record 8033
        Assert.Contains("?::ENST00000360948(NTRK3):e.15", CC(Component(variant, "81252-9").Value).Text);
        Assert.Contains("unidentified 5' partner", variant.Note[0].Text);
        Assert.Equal("INDETERMINATE: NTRK fusion call not established; confirmation required", Report(bundle).Conclusion);
        Assert.DoesNotContain(bundle.Entry.Select(e => e.Resource).OfType<Observation>(), o => o.Code.Coding[0].Code == "therapeutic-implication");
    }

    /// <summary>mCODE's pertinent-negative pattern: the searched-for NTRK1/2/3 fusion stated Absent (LL1971-2 LA9634-2).</summary>
    [Fact]
    public void Negative_NtrkFusionAbsentWithThreeGenesStudied()
    {
        var bundle = GenomicReportBundle.Build(FhirReports.Negative(), null);
        var variant = Assert.Single(Observations(bundle));
        Assert.Equal("LA9634-2", CC(variant.Value).Coding[0].Code);
        // HGNC ids: NTRK1 8031, NTRK2 8032, NTRK3 8033 (genenames.org records).
        Assert.Equal(["HGNC:8031", "HGNC:8032", "HGNC:8033"], variant.Component.Where(c => c.Code.Coding[0].Code == "48018-6").Select(c => CC(c.Value).Coding[0].Code));
        Assert.Equal("NEGATIVE: no NTRK1, NTRK2 or NTRK3 fusion detected", Report(bundle).Conclusion);
        Assert.Contains("does not exclude", variant.Note[0].Text);
    }

    [Fact]
    public void Bundle_SameInputs_SameBytes()
    {
        Assert.Equal(Json(FhirReports.Example()), Json(FhirReports.Example()));
    }

    [Fact]
    public void Bundle_OtherReportDate_OtherIds()
    {
        var a = GenomicReportBundle.Build(FhirReports.Example(), null);
        var b = GenomicReportBundle.Build(FhirReports.Example() with { ReportDate = new DateOnly(2026, 12, 4) }, null);
        Assert.NotEqual(a.Entry[0].FullUrl, b.Entry[0].FullUrl);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", a.Entry[0].FullUrl);
        Assert.Equal(a.Entry.Count, a.Entry.Select(e => e.FullUrl).Distinct().Count());
    }

    private static string Json(Reports.Interpretation.ClinicalReport r)
    {
        using var ms = new MemoryStream();
        GenomicReportBundle.Write(ms, GenomicReportBundle.Build(r, "%PDF-1.4\n"u8.ToArray()));
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static DiagnosticReport Report(Bundle b) => b.Entry.Select(e => e.Resource).OfType<DiagnosticReport>().Single();

    private static List<Observation> Observations(Bundle b) =>
        b.Entry.Select(e => e.Resource).OfType<Observation>().Where(o => o.Code.Coding[0].Code == "69548-6").ToList();

    private static Observation.ComponentComponent Component(Observation o, string loinc) => o.Component.Single(c => c.Code.Coding[0].Code == loinc);

    private static CodeableConcept CC(DataType? value) => Assert.IsType<CodeableConcept>(value);
}
