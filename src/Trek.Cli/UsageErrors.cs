using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Trek.Cli.Validation;

namespace Trek.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into Trek's convention (docs/cli.md): one line
/// `trek: error: ...` with a "did you mean" for a mistyped command or option, then
/// "see `trek CMD --help`", both on stderr; the help text itself never goes to stdout on a mistake.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>The one line that describes the first parse error.</summary>
    public static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (UnknownOption(parse) is { } unknown)
        {
            return $"unknown option `{unknown}`{Suggestions.Hint(unknown.Split('=')[0], OptionNames(command))}";
        }

        if (parse.UnmatchedTokens.FirstOrDefault() is { } token)
        {
            if (token.StartsWith('-') && token != "-")
            {
                return $"unknown option `{token}`{Suggestions.Hint(token.Split('=')[0], OptionNames(command))}";
            }

            return command.Subcommands.Count > 0
                ? $"unknown command `{token}`{Suggestions.Hint(token, command.Subcommands.Select(c => c.Name))}"
                : $"unexpected argument `{token}`";
        }

        var error = parse.Errors[0];
        if (SingleEnd(parse, error))
        {
            return "single-end reads are not supported: Trek needs both mates (--r1 and --r2) for spanning pairs and duplicate detection";
        }

        return Rephrase(error.Message);
    }

    /// <summary>
    /// A `--word` the parser did not know. A command with a positional argument takes it as that
    /// argument (`trek eligibility --jsn` would look for a file named "--jsn"), so the tokens are
    /// checked even when the parse itself succeeded.
    /// </summary>
    public static string? UnknownOption(ParseResult parse) =>
        parse.Tokens.FirstOrDefault(t => t.Type == TokenType.Argument && t.Value.Length > 2 && t.Value.StartsWith("--", StringComparison.Ordinal))?.Value;

    /// <summary>`trek fusions` (and so on) for "see `trek fusions --help`".</summary>
    public static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Command is RootCommand ? "trek" : c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>Every name and alias of the command's options, including the inherited --help.</summary>
    public static IEnumerable<string> OptionNames(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(["--help"]).Distinct(StringComparer.Ordinal);

    private static bool SingleEnd(ParseResult parse, ParseError error) =>
        parse.CommandResult.Command.Name == "fusions" && error.Message.Contains("'--r2'", StringComparison.Ordinal) &&
        parse.Tokens.Any(t => t.Value == "--r1");

    /// <summary>The parser's English, shortened: no .NET type names, options in backticks.</summary>
    private static string Rephrase(string message)
    {
        var m = TypeName().Match(message);
        if (m.Success)
        {
            return $"{m.Groups["option"].Value}: `{m.Groups["value"].Value}` is not {Kind(m.Groups["type"].Value)}";
        }

        var required = Required().Match(message);
        if (required.Success)
        {
            return $"{required.Groups["option"].Value} is required";
        }

        var value = MissingValue().Match(message);
        if (value.Success)
        {
            return $"{value.Groups["option"].Value} needs a value";
        }

        return message.StartsWith("Required command was not provided", StringComparison.Ordinal) ? "give a command" : message.TrimEnd('.');
    }

    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.UInt64" => "a whole number",
        "System.Double" or "System.Decimal" or "System.Nullable`1[System.Double]" or "System.Nullable`1[System.Decimal]" => "a number",
        _ => "a valid value",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>[^']+)'")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"^Option '(?<option>[^']+)' is required")]
    private static partial Regex Required();
}
