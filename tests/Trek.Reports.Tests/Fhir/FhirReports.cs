using Trek.Reports.Fusions;
using Trek.Reports.Interpretation;
using Trek.Reports.Samples;

namespace Trek.Reports.Tests.Fhir;

/// <summary>The three reports the FHIR tests map: the bundled example, a partner-unknown call and a negative run.</summary>
internal static class FhirReports
{
    public static readonly DateOnly Date = new(2026, 12, 3);

    public static ClinicalReport Example() => Build(TestFiles.Example("expected_fusions.tsv"), TestFiles.Example("sample.yaml"));

    public static ClinicalReport PartnerUnknown() => Build(TestFiles.Data("partner_unknown_fusions.tsv"), TestFiles.Example("sample.yaml"));

    public static ClinicalReport Negative() => Build(TestFiles.Data("negative_fusions.tsv"), TestFiles.Data("sample_negative.yaml"));

    private static ClinicalReport Build(string fusions, string sample) =>
        ReportBuilder.Build(FusionTableReader.Read(fusions), SampleReader.Read(sample), null, null, Date);
}
