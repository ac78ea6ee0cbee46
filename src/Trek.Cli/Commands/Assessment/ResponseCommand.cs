using System.CommandLine;
using Trek.Assessment.Tumour;
using Trek.Core;
using Trek.Reports.Assessment;
using Trek.Reports.Plots;

namespace Trek.Cli.Commands.Assessment;

/// <summary>`trek response`: per-visit and best overall tumour response by RECIST 1.1, RANO 2010 or RANO 2.0.</summary>
internal static class ResponseCommand
{
    public static Command Create()
    {
        var criteria = new Option<string>("--criteria") { Description = "recist1.1, rano (RANO 2010) or rano2 (RANO 2.0) (default: recist1.1)", DefaultValueFactory = _ => "recist1.1" };
        criteria.AcceptOnlyFromAmong("recist1.1", "rano", "rano2");
        // The one output convention (docs/cli.md): -i, -o, --format tsv|json (--json kept as its alias), files through CommandFiles.
        var io = new DocumentOptions(OutputFormat.Tsv, OutputFormat.Json)
            .WithInput("Lesion CSV: subject,date,lesion,kind,organ,node,diameter_mm,status (+ diameter2_mm,steroid_dose_mg,clinical_status for RANO; optional first_dose); - for stdin (required)", required: true);
        var visits = new Option<string?>("--visits") { Description = "Also write one TSV row per visit (sums, changes, responses, reasons) to this file (default: none)" };
        var waterfall = new Option<string?>("--waterfall") { Description = "Also write a waterfall plot (best % change per subject) as SVG to this file (default: none)" };
        var spider = new Option<string?>("--spider") { Description = "Also write a spider plot (% change over time) as SVG to this file (default: none)" };
        var confirm = new Option<int>("--confirm-days") { Description = "Minimum days between a CR/PR and its confirmation, RECIST 1.1 §4.6.1 (default: 28)", DefaultValueFactory = _ => 28 };
        var sdMin = new Option<int>("--sd-min-days") { Description = "Minimum days from first dose for SD to count as best response, per protocol (default: 42)", DefaultValueFactory = _ => 42 };
        var command = new Command("response", "Tumour response per visit and best overall response with confirmation (RECIST 1.1, RANO, RANO 2.0); waterfall and spider SVG.")
        {
            criteria, visits, waterfall, spider, confirm, sdMin,
        };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            var options = new ResponseOptions(Parse(parseResult.GetValue(criteria)!), parseResult.GetValue(confirm), parseResult.GetValue(sdMin));
            if (options.ConfirmationDays < 0 || options.SdMinimumDays < 0)
            {
                throw new UsageException("--confirm-days and --sd-min-days cannot be negative");
            }

            var path = io.RequiredInputPath(parseResult, "lesion CSV");
            using var files = io.Declare(parseResult).Output("--visits", parseResult.GetValue(visits))
                .Output("--waterfall", parseResult.GetValue(waterfall)).Output("--spider", parseResult.GetValue(spider))
                .Open();
            IReadOnlyList<SubjectResponse> subjects;
            using (var reader = AssessmentOutput.OpenInput(path))
            {
                var source = AssessmentOutput.SourceName(path);
                subjects = ResponseAssessor.Assess(LesionCsvReader.Read(reader, source, options.Criteria, line => parseResult.InvocationConfiguration.Error.WriteLine($"warning: {line}")), source, options);
            }

            if (files.Has("--visits"))
            {
                files.Write("--visits", w => ResponseTsv.Visits(w, subjects));
            }

            if (files.Has("--waterfall"))
            {
                files.Write("--waterfall", w => w.Write(WaterfallPlot.Render(subjects, options.Criteria)));
            }

            if (files.Has("--spider"))
            {
                files.Write("--spider", w => w.Write(SpiderPlot.Render(subjects, options.Criteria)));
            }

            void Table(TextWriter w) => ResponseTsv.Subjects(w, options, subjects);
            io.Write(parseResult, files, ResponseReport.From(options, subjects), text: Table, tsv: Table);
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ResponseCriteria Parse(string text) => text switch
    {
        "rano" => ResponseCriteria.Rano,
        "rano2" => ResponseCriteria.Rano2,
        _ => ResponseCriteria.Recist11,
    };
}
