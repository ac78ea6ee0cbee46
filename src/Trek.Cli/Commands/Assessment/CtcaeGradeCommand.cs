using System.CommandLine;
using Trek.Assessment.Ctcae;
using Trek.Core;

namespace Trek.Cli.Commands.Assessment;

/// <summary>`trek ctcae grade`: the CTCAE v5.0 grade of one lab value, with the criterion that gave it.</summary>
internal static class CtcaeGradeCommand
{
    public static Command Create()
    {
        var test = new Option<string>("--test") { Description = $"Lab test: {LabTests.KnownNames} (required)", Required = true };
        var value = new Option<decimal>("--value") { Description = "The measured value (required)", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Unit of value, ULN, LLN and baseline (default: U/L for ALT/AST, mg/dL for BILI/CREAT, 10^9/L for ANC/WBC/PLT, g/dL for HGB)" };
        var uln = new Option<decimal?>("--uln") { Description = "Upper limit of normal; needed for ALT, AST, BILI, CREAT (default: none)" };
        var lln = new Option<decimal?>("--lln") { Description = "Lower limit of normal; separates grade 0 from 1 for ANC, WBC, PLT, HGB (default: none)" };
        var baseline = new Option<decimal?>("--baseline") { Description = "Baseline value; above ULN it switches ALT/AST/BILI to the baseline-abnormal rule, for CREAT it adds the x baseline criteria (default: none)" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of one line of text (default: false)" };
        var command = new Command("grade", "Grade one lab value by CTCAE v5.0.") { test, value, unit, uln, lln, baseline, json };
        command.SetAction(parseResult =>
        {
            var name = parseResult.GetValue(test)!;
            var labTest = LabTests.Parse(name) ?? throw new UsageException($"--test: '{name}' is not one of {LabTests.KnownNames}");
            var g = CtcaeGrader.Grade(labTest, parseResult.GetValue(value), parseResult.GetValue(unit), parseResult.GetValue(uln), parseResult.GetValue(lln), parseResult.GetValue(baseline));
            var w = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                w.WriteLine(TrekJson.Serialize(g));
            }
            else
            {
                var grade = g.Grade is { } n ? $"grade {n}" : "grade undecided";
                w.WriteLine($"{g.Test} {AssessmentOutput.Cell(g.Value)} {g.Unit}: {grade} ({g.Term}: {g.Criterion}){(g.Note is null ? "" : $"; {g.Note}")}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
