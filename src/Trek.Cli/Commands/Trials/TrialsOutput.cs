using System.CommandLine;
using System.Globalization;
using Trek.Core;

namespace Trek.Cli.Commands.Trials;

/// <summary>Shared plumbing of the trial commands: the --json-or-text result and list parsing (output goes through <see cref="CommandOutput"/>).</summary>
internal static class TrialsOutput
{
    /// <summary>Help text of `--output` for the trial commands (the assessment commands word it differently).</summary>
    public const string OutputDescription = "Write the result to this file instead of standard output (default: -, standard output)";

    /// <summary>The --json-or-text result of `trek km` and `trek escalation`; generic so the JSON is shaped by the report's own type.</summary>
    public static void WriteReport<T>(ParseResult parseResult, string path, bool json, T report, Action<TextWriter, T> text) =>
        CommandOutput.Write(parseResult, path, w =>
        {
            if (json)
            {
                w.WriteLine(TrekJson.Serialize(report));
            }
            else
            {
                text(w, report);
            }
        });

    /// <summary>Parses "12,36" into numbers, naming the option on error.</summary>
    public static double[] Numbers(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(part =>
            double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v
                : throw new UsageException($"{option}: '{part}' is not a number")).ToArray();
    }
}
