using System.CommandLine;
using Trek.Assessment.Ctcae;
using Trek.Core;
using Trek.Reports.Assessment;
using static Trek.Cli.CommandOutput;
using static Trek.Cli.Commands.Assessment.AssessmentOutput;

namespace Trek.Cli.Commands.Assessment;

/// <summary>
/// `trek ctcae --input labs.csv`: grades every lab row by CTCAE v5.0 and prints the safety table
/// (% of patients with each event, all grades and grade 3-4); `trek ctcae grade` grades one value.
/// </summary>
internal static class CtcaeCommand
{
    public static Command Create()
    {
        // The one output convention (docs/cli.md): -i, -o, --format tsv|json (--json kept), files through CommandFiles.
        var io = new DocumentOptions(OutputFormat.Tsv, OutputFormat.Json)
            .WithInput("Lab CSV: subject,date,test,value,unit,uln,lln,baseline[,first_dose]; values may be censored (<5, >1000); - for stdin (required unless a sub-command is used)", required: false);
        var worst = new Option<string?>("--worst") { Description = "Also write each subject's worst grade per test as TSV to this file (default: none)" };
        var graded = new Option<string?>("--graded") { Description = "Also write every input row with its grade and criterion as TSV to this file (default: none)" };
        var command = new Command("ctcae", "CTCAE v5.0 lab toxicity grades: per-subject worst grade and the table of patients with each event.")
        {
            worst, graded,
        };
        io.AddTo(command);
        command.Subcommands.Add(CtcaeGradeCommand.Create());
        command.SetAction(parseResult =>
        {
            var path = io.InputPath(parseResult) ?? throw new UsageException("ctcae: --input is required (or grade one value with `trek ctcae grade`)");

            // Every file declared before reading (issue 15): an output that is the input, or two outputs on one
            // file, is refused by device and inode; each output's temporary file exists before the work.
            using var files = io.Declare(parseResult)
                .Output("--graded", parseResult.GetValue(graded))
                .Output("--worst", parseResult.GetValue(worst))
                .Open();
            var rows = new List<LabResult>();
            var skipped = new List<SkippedLab>();
            var stderr = parseResult.InvocationConfiguration.Error;
            using (var reader = OpenInput(path))
            {
                rows.AddRange(LabCsvReader.Read(reader, SourceName(path), line => stderr.WriteLine($"warning: {line}"), skipped.Add));
            }

            foreach (var x in skipped)
            {
                stderr.WriteLine($"warning: {x.Source}:{x.Line}: subject {x.Subject}: {x.Reason}: row skipped");
            }

            var summary = ToxicitySummary.From(rows);
            if (parseResult.GetValue(graded) is not null)
            {
                files.Write("--graded", w => CtcaeTsv.Graded(w, rows, skipped));
            }

            if (parseResult.GetValue(worst) is not null)
            {
                files.Write("--worst", w => CtcaeTsv.Worst(w, summary));
            }

            void Table(TextWriter w) => CtcaeTsv.Table(w, summary, skipped.Count);

            io.Write(parseResult, files, CtcaeReport.From(summary, skipped), text: Table, tsv: Table);
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
