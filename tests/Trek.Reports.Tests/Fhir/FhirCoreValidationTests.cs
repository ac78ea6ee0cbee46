using Hl7.Fhir.Model;
using Trek.Reports.Fhir;

namespace Trek.Reports.Tests.Fhir;

/// <summary>
/// The bundle against the core R4 specification, offline, with the Firely validator (Firely.Fhir.Validation.R4 3.6.0,
/// core definitions from Hl7.Fhir.Specification.Data.R4 6.8.0). Expected: no error; the issues that remain are listed
/// in the failure message, and docs/report.md explains why the terminology the IG relies on is not checked offline.
/// </summary>
[Collection(FhirCollection.Name)]
public sealed class FhirCoreValidationTests(FhirValidatorFixture fixture)
{
    /// <summary>The first bytes of a PDF; the FHIR rules see base64 only, so the content is not validated by them.</summary>
    private static readonly byte[] Pdf = "%PDF-1.4\n"u8.ToArray();

    public static TheoryData<string> Reports => ["example", "partner-unknown", "negative"];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Bundle_EachReport_NoErrorAgainstCoreR4(string which)
    {
        var outcome = fixture.Validate(GenomicReportBundle.Build(Report(which), Pdf));
        var errors = outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal).ToList();
        Assert.True(errors.Count == 0, Describe(outcome));
        // Measured: the core definitions raise no warning either (no code here is bound above 'preferred' in core R4).
        Assert.True(outcome.Issue.Count == 0, Describe(outcome));
    }

    /// <summary>The validation can fail: a DiagnosticReport without its required status (R4 DiagnosticReport.status 1..1) is an error.</summary>
    [Fact]
    public void Bundle_MissingReportStatus_ReportedAsError()
    {
        var bundle = GenomicReportBundle.Build(FhirReports.Example(), Pdf);
        ((DiagnosticReport)bundle.Entry[0].Resource!).Status = null!;
        var outcome = fixture.Validate(bundle);
        var error = Assert.Single(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);
        Assert.Contains("status", error.Details!.Text);
        Assert.Equal("Bundle.entry[0].resource[0]", Assert.Single(error.Expression));
    }

    /// <summary>And a component without its code (R4 Observation.component.code 1..1) in the variant Observation.</summary>
    [Fact]
    public void Bundle_ComponentWithoutCode_ReportedAsError()
    {
        var bundle = GenomicReportBundle.Build(FhirReports.Example(), Pdf);
        var variant = bundle.Entry.Select(e => e.Resource).OfType<Observation>().First();
        variant.Component[0].Code = null!;
        var outcome = fixture.Validate(bundle);
        var error = Assert.Single(outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);
        Assert.Contains("'code'", error.Details!.Text);
    }

    private static Reports.Interpretation.ClinicalReport Report(string which) => which switch
    {
        "example" => FhirReports.Example(),
        "partner-unknown" => FhirReports.PartnerUnknown(),
        _ => FhirReports.Negative(),
    };

    private static string Describe(OperationOutcome o) =>
        $"{o.Issue.Count} issue(s)\n" + string.Join("\n", o.Issue.Select(i => $"{i.Severity} {i.Code} {string.Join(",", i.Expression)}: {i.Details?.Text}"));
}
