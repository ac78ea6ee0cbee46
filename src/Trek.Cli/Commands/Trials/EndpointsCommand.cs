using System.CommandLine;
using Trek.Core;
using Trek.Trials.Endpoints;
using Trek.Reports.Plots;
using Trek.Reports.Trials;
using Trek.Trials.Survival;
using Trek.IO.Tables;

namespace Trek.Cli.Commands.Trials;

/// <summary>`trek endpoints`: the seed-style efficacy table per cohort from a subject-level CSV (rules in docs/trials.md).</summary>
internal static class EndpointsCommand
{
    public static Command Create()
    {
        var io = new DocumentOptions(OutputFormat.Text, OutputFormat.Csv, OutputFormat.Json)
            .WithInput("Subject-level CSV: subject, cohort, first_dose_date, best_overall_response, first_response_date, progression_date, death_date, last_known_alive_date [, last_assessment_date, treatment_end_date]; - for standard input (required)", required: true);
        var confType = new Option<string>("--conf-type") { Description = "CI transform for KM medians and landmarks: log, log-log or plain (default: log, as R survfit)", DefaultValueFactory = _ => "log" };
        var unit = new Option<string>("--unit") { Description = "Time unit of medians and landmarks: months (30.4375 days), weeks or days (default: months)", DefaultValueFactory = _ => "months" };
        unit.AcceptOnlyFromAmong("months", "weeks", "days");
        var dcr = NumberOptions.Number("--dcr-weeks", "Landmark for disease control: SD must last at least this many weeks, a plain number (default: 24)");
        dcr.DefaultValueFactory = _ => 24;
        var landmarks = new Option<string?>("--landmarks") { Description = "Comma-separated landmark times in --unit for DoR/PFS/OS survival, e.g. 12,36 (default: 12,24,36)", DefaultValueFactory = _ => "12,24,36" };
        var swimmer = new Option<string?>("--swimmer") { Description = "Write a swimmer plot (treatment duration with response, progression and death markers) to this SVG file (default: none)" };
        var times = new Option<string?>("--times") { Description = "Also write each subject's DoR/PFS/OS time and event (columns subject, cohort, endpoint, curve, time, status; time in --unit) to this CSV, the shape `trek km` reads: trek km -i FILE --group curve (default: none)" };
        var response = new Option<string?>("--response") { Description = "A `trek response` subject TSV supplying best response, first response, progression and first dose; --input then holds follow-up only: subject, cohort, death_date, last_known_alive_date [, last_assessment_date, treatment_end_date] (default: none)" };
        var command = new Command("endpoints", "Per-cohort ORR/CR/PR/SD/PD with exact CI, DCR at a landmark, time to response, DoR/PFS/OS Kaplan-Meier medians and landmark rates.")
        {
            response, confType, unit, dcr, landmarks, swimmer, times,
        };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            var unitName = parseResult.GetValue(unit)!;
            var daysPerUnit = unitName switch { "days" => 1, "weeks" => 7, _ => EndpointRules.DaysPerMonth };
            var options = new EndpointOptions(
                OptionErrors.For("--conf-type", () => ConfidenceTypes.Parse(parseResult.GetValue(confType)!)),
                unitName,
                daysPerUnit,
                parseResult.GetValue(dcr),
                TrialsOutput.Numbers(parseResult.GetValue(landmarks), "--landmarks"));
            if (options.Landmarks.Any(t => t < 0) || !(options.DcrLandmarkWeeks >= 0))
            {
                throw new UsageException("--landmarks and --dcr-weeks cannot be negative");
            }

            var inputPath = io.RequiredInputPath(parseResult, "subject CSV");
            // Every file declared before reading: an output that is an input is refused, nothing is half-written (issue 15).
            using var files = io.Declare(parseResult).Input("--response", parseResult.GetValue(response))
                .Output("--swimmer", parseResult.GetValue(swimmer)).Output("--times", parseResult.GetValue(times)).Open();
            void Warn(string line) => parseResult.InvocationConfiguration.Error.WriteLine($"warning: {line}");
            IReadOnlyList<SubjectRecord> subjects;
            using (var followUp = TableInput.Open(inputPath))
            {
                if (parseResult.GetValue(response) is { } responsePath)
                {
                    using var responses = TableInput.Open(responsePath);
                    subjects = SubjectCsvReader.ReadWithResponse(followUp, TableInput.SourceName(inputPath), responses, TableInput.SourceName(responsePath), Warn);
                }
                else
                {
                    subjects = SubjectCsvReader.Read(followUp, TableInput.SourceName(inputPath), Warn);
                }
            }

            var report = EndpointAnalysis.Analyze(subjects, options);
            if (parseResult.GetValue(swimmer) is not null)
            {
                var plot = SwimmerPlot.Render(subjects, daysPerUnit, unitName, "Swimmer plot: time on treatment and response");
                files.Write("--swimmer", w => w.Write(plot));
            }

            if (parseResult.GetValue(times) is not null)
            {
                files.Write("--times", w => EndpointTimesWriter.Write(subjects, daysPerUnit, w));
            }

            io.Write(parseResult, files, report, text: w => EndpointTextWriter.Write(report, w), csv: w => EndpointCsvWriter.Write(report, w));
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
