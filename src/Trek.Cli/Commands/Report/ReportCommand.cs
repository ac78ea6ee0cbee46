using System.CommandLine;
using Trek.Core;
using Trek.Fusion.Index;
using Trek.Reports.Diagram;
using Trek.Reports.Fusions;
using Trek.Reports.Html;
using Trek.Reports.Interpretation;
using Trek.Reports.Pdf;
using Trek.Reports.Samples;
using Trek.Reports.Stats;

namespace Trek.Cli.Commands.Report;

/// <summary>`trek report`: the clinical report (HTML, optional PDF) from fusions.tsv; the FHIR R4 bundle is not built yet.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var fusions = new Option<string>("--fusions") { Description = "fusions.tsv from `trek fusions` (required)", Required = true };
        var sample = new Option<string?>("--sample") { Description = "Patient and specimen YAML (keys in docs/report.md); without it the report says 'not stated'" };
        var index = new Option<string?>("--index") { Description = "Index directory the calls were made with: adds the fusion diagrams and index checksums" };
        var stats = new Option<string?>("--stats") { Description = "JSON from `trek fusions --stats`: QC (pairs read, on index, duplicates)" };
        var output = new Option<string>("--output", "-o") { Description = "Report HTML file (required)", Required = true };
        var pdf = new Option<string?>("--pdf") { Description = "Also print the report to this PDF (A4) with Debian chromium" };
        var date = new Option<string?>("--date") { Description = "Report date yyyy-MM-dd (default: today, UTC)" };
        var command = new Command("report", "Write the clinical NTRK fusion report: HTML (offline, prints on A4) and optionally a PDF.")
        {
            fusions, sample, index, stats, output, pdf, date,
        };
        command.SetAction(parseResult =>
        {
            var outPath = parseResult.GetValue(output)!;
            var pdfPath = parseResult.GetValue(pdf);
            var fusionsPath = parseResult.GetValue(fusions)!;
            RefuseOverwritingInputs(fusionsPath, [outPath, pdfPath]);
            var table = FusionTableReader.Read(fusionsPath);
            var info = parseResult.GetValue(sample) is { } sp ? SampleReader.Read(sp) : SampleInfo.Empty;
            var runStats = parseResult.GetValue(stats) is { } st ? FusionRunStatsReader.Read(st) : null;
            var idx = parseResult.GetValue(index) is { } ip ? IndexStore.Load(ip) : null;
            var report = ReportBuilder.Build(table, info, runStats, idx?.Manifest, ReportDate(parseResult.GetValue(date)));
            var diagrams = new Dictionary<long, FusionDiagram>();
            if (idx is not null)
            {
                foreach (var f in report.Findings)
                {
                    if (DiagramBuilder.Build(f.Call, idx, fusionsPath) is { } d)
                    {
                        diagrams[f.Call.Line] = d;
                    }
                }
            }

            CommandOutput.WriteFile(outPath, w => HtmlReportWriter.Write(w, report, diagrams));
            if (pdfPath is not null)
            {
                ChromiumPdf.Print(outPath, pdfPath);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly ReportDate(string? text) =>
        text is null ? DateOnly.FromDateTime(DateTime.UtcNow)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
        : throw new UsageException($"--date '{text}': write the date as yyyy-MM-dd");

    /// <summary>Nothing lost: an output path that names the input is refused before anything is written.</summary>
    internal static void RefuseOverwritingInputs(string input, IEnumerable<string?> outputs)
    {
        var full = Path.GetFullPath(input);
        foreach (var o in outputs)
        {
            if (o is not null && o != "-" && Path.GetFullPath(o) == full)
            {
                throw new UsageException($"output {o} would overwrite the input {input}");
            }
        }
    }
}
