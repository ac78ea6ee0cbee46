using System.CommandLine;
using Trek.Assessment.Ctcae;
using Trek.Core;
using Trek.Reports.Assessment;

namespace Trek.Cli.Commands.Assessment;

/// <summary>`trek ctcae grade`: the CTCAE v5.0 grade of one lab value, with the criterion that gave it.</summary>
internal static class CtcaeGradeCommand
{
    public static Command Create()
    {
        var test = new Option<string>("--test") { Description = $"Lab test: {LabTests.KnownNames} (required)", Required = true };
        var value = new Option<string>("--value") { Description = "The measured value, a plain number with '.' as the decimal point (1,21 is refused), or censored: <5, <=5, >1000, >=1000 (required)", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Unit of value, ULN, LLN and baseline (default: U/L for ALT/AST, mg/dL for BILI/CREAT, 10^9/L for ANC/WBC/PLT, g/dL for HGB)" };
        var uln = new Option<string?>("--uln") { Description = "Upper limit of normal; needed for ALT, AST, BILI, CREAT (default: none)" };
        var lln = new Option<string?>("--lln") { Description = "Lower limit of normal; separates grade 0 from 1 for ANC, WBC, PLT, HGB (default: none)" };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline value; above ULN it switches ALT/AST/BILI to the baseline-abnormal rule, for CREAT it adds the x baseline criteria (default: none)" };
        // The one output convention (docs/cli.md): -o FILE|-, --format text|json (--json kept as its alias).
        var io = new DocumentOptions(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("grade", "Grade one lab value by CTCAE v5.0.") { test, value, unit, uln, lln, baseline };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            var name = parseResult.GetValue(test)!;
            var labTest = LabTests.Parse(name) ?? throw new UsageException($"--test: '{name}' is not one of {LabTests.KnownNames}");
            var g = CtcaeGrader.Grade(
                labTest,
                Value(parseResult.GetValue(value)!),
                parseResult.GetValue(unit),
                Number(parseResult.GetValue(uln), "--uln"),
                Number(parseResult.GetValue(lln), "--lln"),
                Number(parseResult.GetValue(baseline), "--baseline"));
            using var files = io.Declare(parseResult).Open();
            io.Write(parseResult, files, g, text: w => CtcaeTsv.GradeLine(w, g));
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The --value text: a plain or censored number; anything else is a usage error naming the option.</summary>
    private static LabValue Value(string text)
    {
        try
        {
            return LabValue.Parse(text, "--value");
        }
        catch (InputException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>A limit option: a plain number (Trek.Core StrictNumber format), never a censored one; one line naming the option otherwise.</summary>
    private static decimal? Number(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        LabValue v;
        try
        {
            v = LabValue.Parse(text, option);
        }
        catch (InputException ex)
        {
            throw new UsageException(ex.Message);
        }

        return v.Kind == LabValueKind.Exact ? v.Bound : throw new UsageException($"{option}: '{text}' must be a plain number, not a censored value");
    }
}
