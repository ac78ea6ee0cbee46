using System.CommandLine;
using Trek.Core;
using Trek.Fusion.Index;
using Trek.Reports.Coverage;
using Trek.Reports.Diagram;
using Trek.Reports.Fhir;
using Trek.Reports.Fusions;
using Trek.Reports.Html;
using Trek.Reports.Interpretation;
using Trek.Reports.Pdf;
using Trek.Reports.Resistance;
using Trek.Reports.Samples;
using Trek.Reports.Stats;

namespace Trek.Cli.Commands.Report;

/// <summary>`trek report`: the clinical report (HTML, optional PDF and FHIR R4 Genomics Reporting bundle) from fusions.tsv.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var fusions = ReportInputs.Fusions();
        var sample = new Option<string?>("--sample") { Description = "Patient and specimen YAML (keys in docs/report.md); without it the report says 'not stated' (default: none)" };
        var index = new Option<string?>("--index") { Description = "Index directory the calls were made with: adds the fusion diagrams and index checksums (default: none)" };
        var stats = new Option<string?>("--stats") { Description = "JSON from `trek fusions --stats`: QC (pairs read, on index, duplicates) (default: none)" };
        var output = new Option<string>("--output", "-o") { Description = "Write the report HTML to this file; - is standard output (default: -)", DefaultValueFactory = _ => "-" };
        var pdf = new Option<string?>("--pdf") { Description = "Also print the report to this PDF (A4) with Debian chromium (default: none)" };
        var fhir = new Option<string?>("--fhir") { Description = "Also write a FHIR R4 Bundle (HL7 Genomics Reporting IG STU3, JSON) to this file; embeds the PDF when --pdf is given (default: none)" };
        var evidence = new Option<string?>("--evidence") { Description = "Evidence directory from `trek fusions --evidence` (trek.evidence/1): adds a read-depth track along the fused sequence to each diagram; needs --index (default: none)" };
        var resistance = new Option<string?>("--resistance") { Description = "Resistance findings for their own section: the JSON of `trek resistance --json` or a VCF with snpEff ANN / VEP CSQ annotations (interpreted as `trek resistance -i` does) (default: none)" };
        var date = new Option<string?>("--date") { Description = "Report date yyyy-MM-dd (default: today, UTC)" };
        var command = new Command("report", "Write the clinical NTRK fusion report: HTML (offline, prints on A4), optionally a PDF and a FHIR R4 bundle.")
        {
            fusions, sample, index, evidence, stats, resistance, output, pdf, fhir, date,
        };
        command.SetAction(parseResult =>
        {
            var fusionsPath = parseResult.GetValue(fusions)!;
            var samplePath = parseResult.GetValue(sample);
            var statsPath = parseResult.GetValue(stats);
            var indexPath = parseResult.GetValue(index);
            var resistancePath = parseResult.GetValue(resistance);
            var evidencePath = parseResult.GetValue(evidence);
            if (evidencePath is not null && indexPath is null)
            {
                throw new UsageException("--evidence draws a coverage track in the fusion diagrams, which need --index: give --index too");
            }

            var reportDate = ReportDate(parseResult.GetValue(date));
            using var files = new CommandFiles(parseResult)
                .Input("--fusions", fusionsPath).Input("--sample", samplePath).Input("--stats", statsPath).Input("--resistance", resistancePath)
                .InputsIn("--index", indexPath, IndexStore.DataFile, IndexStore.ManifestFile)
                .InputsIn("--evidence", evidencePath, "calls.tsv")
                .Output("--output", parseResult.GetValue(output)).Output("--pdf", parseResult.GetValue(pdf)).Output("--fhir", parseResult.GetValue(fhir))
                .Open();
            var table = FusionTableReader.Read(fusionsPath);
            var info = samplePath is not null ? SampleReader.Read(samplePath) : SampleInfo.Empty;
            var runStats = statsPath is not null ? FusionRunStatsReader.Read(statsPath) : null;
            var idx = indexPath is not null ? IndexStore.Load(indexPath) : null;
            var report = ReportBuilder.Build(table, info, runStats, idx?.Manifest, reportDate) with
            {
                Resistance = resistancePath is not null ? ResistanceReader.Read(resistancePath) : null,
            };
            var tracks = evidencePath is not null ? EvidenceCoverageReader.Read(evidencePath) : [];
            var diagrams = idx is not null ? ReportDiagrams.For(report, idx, fusionsPath, tracks) : new Dictionary<long, FusionDiagram>();

            var html = new StringWriter();
            HtmlReportWriter.Write(html, report, diagrams);
            var pdfBytes = files.Has("--pdf") ? ChromiumPdf.Render(html.ToString()) : null;
            files.Write("--output", w => w.Write(html.ToString()));
            if (pdfBytes is not null)
            {
                files.Stream("--pdf").Write(pdfBytes);
            }

            if (files.Has("--fhir"))
            {
                GenomicReportBundle.Write(files.Stream("--fhir"), GenomicReportBundle.Build(report, pdfBytes));
            }

            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly ReportDate(string? text) =>
        text is null ? DateOnly.FromDateTime(DateTime.UtcNow)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
        : throw new UsageException($"--date '{text}': write the date as yyyy-MM-dd");
}
