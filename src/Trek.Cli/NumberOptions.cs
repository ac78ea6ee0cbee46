using System.CommandLine;
using System.CommandLine.Parsing;
using Trek.Core.Numbers;

namespace Trek.Cli;

/// <summary>
/// Numeric options parsed by <see cref="StrictNumber"/> instead of System.CommandLine's default (which reads
/// "6,2" as 62 under the invariant culture). A refused value is a usage error naming the option (exit 1).
/// Every command that takes a measurement uses these.
/// </summary>
internal static class NumberOptions
{
    /// <summary>A required or defaulted number.</summary>
    public static Option<double> Number(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Parse(result, name) ?? 0,
    };

    /// <summary>An optional number: null when the option is not given.</summary>
    public static Option<double?> OptionalNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => Parse(result, name),
    };

    private static double? Parse(ArgumentResult result, string name)
    {
        if (result.Tokens.Count != 1)
        {
            result.AddError($"{name}: give one number");
            return null;
        }

        if (!StrictNumber.TryParse(result.Tokens[0].Value, out var value, out var problem))
        {
            result.AddError($"{name}: {problem}");
            return null;
        }

        return value;
    }
}
