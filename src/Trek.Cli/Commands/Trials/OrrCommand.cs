using System.CommandLine;
using System.Globalization;
using Trek.Core;
using Trek.Trials.Statistics;

namespace Trek.Cli.Commands.Trials;

/// <summary>`trek orr`: a response rate with its exact Clopper-Pearson CI, the interval R's binom.test gives.</summary>
internal static class OrrCommand
{
    public static Command Create()
    {
        var responders = new Option<int>("--responders") { Description = "Number of responders (required)", Required = true };
        var n = new Option<int>("--n") { Description = "Number of evaluable subjects (required)", Required = true };
        var level = NumberOptions.Number("--conf-level", "Confidence level, a plain number between 0 and 1 (default: 0.95)");
        level.DefaultValueFactory = _ => 0.95;
        var io = new DocumentOptions(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("orr", "Response rate with exact Clopper-Pearson confidence interval (as R binom.test); JSON gives proportions, not percent.") { responders, n, level };
        io.AddTo(command);
        command.SetAction(parseResult =>
        {
            var e = ClopperPearson.Estimate(parseResult.GetValue(responders), parseResult.GetValue(n), parseResult.GetValue(level));
            using var files = io.Declare(parseResult).Open();
            io.Write(parseResult, files, e, w =>
            {
                var c = CultureInfo.InvariantCulture;
                w.WriteLine(string.Create(c, $"{e.Responders}/{e.N} = {e.Estimate * 100:0.00}% ({e.ConfLevel * 100:0.##}% CI {e.CiLower * 100:0.00}-{e.CiUpper * 100:0.00}%), exact Clopper-Pearson"));
                w.WriteLine(string.Create(c, $"estimate {e.Estimate:0.######}  ci_lower {e.CiLower:0.######}  ci_upper {e.CiUpper:0.######}"));
            });
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
