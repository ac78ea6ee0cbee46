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
        var level = new Option<double>("--conf-level") { Description = "Confidence level (default: 0.95)", DefaultValueFactory = _ => 0.95 };
        var json = new Option<bool>("--json") { Description = "Print JSON (proportions, not percent) instead of text (default: false)" };
        var command = new Command("orr", "Response rate with exact Clopper-Pearson confidence interval (as R binom.test).") { responders, n, level, json };
        command.SetAction(parseResult =>
        {
            var e = ClopperPearson.Estimate(parseResult.GetValue(responders), parseResult.GetValue(n), parseResult.GetValue(level));
            var w = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                w.WriteLine(TrekJson.Serialize(e));
            }
            else
            {
                var c = CultureInfo.InvariantCulture;
                w.WriteLine(string.Create(c, $"{e.Responders}/{e.N} = {e.Estimate * 100:0.00}% ({e.ConfLevel * 100:0.##}% CI {e.CiLower * 100:0.00}-{e.CiUpper * 100:0.00}%), exact Clopper-Pearson"));
                w.WriteLine(string.Create(c, $"estimate {e.Estimate:0.######}  ci_lower {e.CiLower:0.######}  ci_upper {e.CiUpper:0.######}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
