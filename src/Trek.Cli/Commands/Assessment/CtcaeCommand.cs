using System.CommandLine;
using Trek.Assessment.Ctcae;
using Trek.Core;
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
                files.Write("--graded", w =>
                {
                    w.WriteLine("#subject\tdate\ttest\tvalue\treported\tunit\tuln\tlln\tbaseline\tbaseline_abnormal\tbaseline_row\tgrade\tcriterion\tnote");
                    foreach (var r in rows)
                    {
                        var g = r.Grade;
                        w.WriteLine(Row(r.Subject, r.Date, g.Test, g.Value, g.Censored, g.Unit, g.Uln, g.Lln, g.Baseline, g.BaselineAbnormal, r.Baseline, g.Grade, g.Criterion, g.Note));
                    }

                    foreach (var x in skipped)
                    {
                        w.WriteLine(Row(x.Subject, x.Date, x.Test, null, x.Value, null, null, null, null, null, null, null, "skipped", x.Reason));
                    }
                });
            }

            if (parseResult.GetValue(worst) is not null)
            {
                files.Write("--worst", w =>
                {
                    w.WriteLine("#subject\ttest\tterm\tbaseline_grade\tworst_grade\tdate\tvalues");
                    foreach (var x in summary.Worst)
                    {
                        w.WriteLine(Row(x.Subject, x.Test, x.Term, x.BaselineGrade, x.Grade, x.Date, x.Values));
                    }
                });
            }

            void Table(TextWriter w)
            {
                w.WriteLine($"## trek {TrekVersion.Current} ctcae CTCAE v5.0; patients={summary.Patients}; percentages of all patients; treatment-emergent grades (worse than baseline); rows_skipped={skipped.Count}");
                w.WriteLine("#term\ttest\tpatients_tested\tall_grades_n\tall_grades_pct\tgrade3_4_n\tgrade3_4_pct\tgrade1\tgrade2\tgrade3\tgrade4\tnot_gradable");
                foreach (var t in summary.Table)
                {
                    w.WriteLine(Row(t.Term, t.Test, t.Patients, t.AllGrades, t.AllGradesPct, t.Grade3To4, t.Grade3To4Pct, t.Grade1, t.Grade2, t.Grade3, t.Grade4, t.NotGradable));
                }
            }

            io.Write(parseResult, files, CtcaeReport.From(summary, skipped), text: Table, tsv: Table);
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
