using System.Globalization;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Trek.Reports.Html;
using Trek.Reports.Interpretation;

namespace Trek.Reports.Fhir;

/// <summary>
/// The report as a FHIR R4 Bundle (type collection) following the HL7 Genomics Reporting IG STU3: a `genomic-report`
/// DiagnosticReport with its Patient, Specimen, one `variant` Observation per reported call (or one Absent variant for
/// a negative NTRK result) and a `therapeutic-implication` Observation per therapy of an actionable finding; the PDF,
/// when given, as presentedForm. The one entry point for the CLI and the web app; the mapping is in docs/report.md.
/// </summary>
public static class GenomicReportBundle
{
    public static Bundle Build(ClinicalReport report, byte[]? pdf)
    {
        var ids = new FhirIds(Seed(report));
        var patient = PatientResource.From(report.Sample, ids.Id("patient"));
        var specimen = SpecimenResource.From(report.Sample, ids.Id("specimen"), ids.Url("patient"), report.Fusions.ProvenanceValue("sample"));
        var effective = report.Sample.CollectionDate is { } d ? new FhirDateTime(d.Year, d.Month, d.Day) : null;
        var ctx = new VariantContext(ids.Url("patient"), ids.Url("specimen"), effective);
        var results = new List<(string Url, Observation Obs)>();
        var n = 0;
        foreach (var call in report.Fusions.Calls)
        {
            n++;
            var finding = report.Findings.FirstOrDefault(f => ReferenceEquals(f.Call, call));
            var role = $"variant-{n}";
            results.Add((ids.Url(role), VariantObservation.From(call, finding, ctx, ids.Id(role))));
            if (finding is { Tier.Actionable: true })
            {
                foreach (var therapy in finding.Tier.Therapies)
                {
                    var tRole = $"implication-{n}-{therapy.ToString().ToLowerInvariant()}";
                    results.Add((ids.Url(tRole), TherapeuticImplicationObservation.From(finding, therapy, ctx, ids.Url(role), ids.Id(tRole))));
                }
            }
        }

        if (report.Findings.Count == 0)
        {
            results.Add((ids.Url("variant-ntrk-absent"), VariantObservation.NoNtrkFusion(ctx, ids.Id("variant-ntrk-absent"))));
        }

        var dr = new DiagnosticReport
        {
            Id = ids.Id("report"),
            Meta = new Meta { Profile = [GenomicsCodes.GenomicReportProfile] },
            Status = DiagnosticReport.DiagnosticReportStatus.Final,
            Category = [new CodeableConcept { Coding = [GenomicsCodes.Genetics] }],
            Code = new CodeableConcept { Coding = [GenomicsCodes.GeneticAnalysisReport], Text = "NTRK gene fusion analysis (RNA-seq, Trek)" },
            Subject = new ResourceReference(ids.Url("patient")),
            Effective = effective,
            Specimen = [new ResourceReference(ids.Url("specimen"))],
            Result = results.Select(r => new ResourceReference(r.Url)).ToList(),
            Conclusion = RuleCatalogue.Headline(report.Outcome),
        };
        if (pdf is not null)
        {
            dr.PresentedForm.Add(new Attachment
            {
                ContentType = "application/pdf",
                Language = "en",
                Data = pdf,
                Title = "Trek NTRK fusion report",
                // The report date from --date (no time of day is known, so the instant elements issued and timestamp stay absent).
                Creation = report.ReportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }

        var bundle = new Bundle { Id = ids.Id("bundle"), Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = ids.Url("report"), Resource = dr });
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = ids.Url("patient"), Resource = patient });
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = ids.Url("specimen"), Resource = specimen });
        bundle.Entry.AddRange(results.Select(r => new Bundle.EntryComponent { FullUrl = r.Url, Resource = r.Obs }));
        return bundle;
    }

    /// <summary>Writes the bundle as indented JSON (UTF-8, no BOM).</summary>
    public static void Write(Stream output, Bundle bundle)
    {
        var options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();
        JsonSerializer.Serialize(output, bundle, options);
    }

    /// <summary>
    /// The content the ids derive from: patient, specimen, report date and every call's defining fields. The file path
    /// and the Trek version are left out, so moving a file or upgrading Trek does not renumber the resources.
    /// </summary>
    private static string Seed(ClinicalReport r)
    {
        var sb = new StringBuilder("trek-report\n");
        sb.Append(r.Sample.PatientId).Append('\n').Append(r.Sample.SpecimenId ?? r.Fusions.ProvenanceValue("sample")).Append('\n');
        sb.Append(r.ReportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var c in r.Fusions.Calls)
        {
            sb.Append(c.Gene1).Append('\t').Append(c.Gene2).Append('\t').Append(c.Breakpoint1?.ToString()).Append('\t')
                .Append(c.Breakpoint2?.ToString()).Append('\t').Append(c.SplitReads).Append('\t').Append(c.SpanningPairs).Append('\n');
        }

        return sb.ToString();
    }
}
