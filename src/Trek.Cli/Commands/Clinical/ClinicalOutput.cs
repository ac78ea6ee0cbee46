using System.CommandLine;
using Trek.Clinical.Rules;
using Trek.Core;

namespace Trek.Cli.Commands.Clinical;

/// <summary>Shared output for the decision-support commands: readable text by default, TrekJson with --json.</summary>
internal static class ClinicalOutput
{
    public static Option<bool> JsonOption() => new("--json") { Description = "Print a stable JSON document (snake_case keys) instead of text (default: false)" };

    public static int Write<T>(ParseResult parseResult, bool json, T value, Action<TextWriter> text)
    {
        var output = parseResult.InvocationConfiguration.Output;
        if (json)
        {
            output.WriteLine(TrekJson.Serialize(value));
        }
        else
        {
            text(output);
        }

        return ExitCodes.Ok;
    }

    public static void WriteRules(TextWriter w, IEnumerable<AppliedRule> rules)
    {
        var n = 0;
        foreach (var rule in rules)
        {
            w.WriteLine($"  {++n}. {rule.Rule}");
            w.WriteLine($"     source: {rule.Source}");
        }
    }
}
