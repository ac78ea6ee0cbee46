using System.CommandLine;
using Trek.Cli.Tests.Safety;

namespace Trek.Cli.Tests;

/// <summary>
/// Issue 16, one set of conventions (docs/cli.md): a mistake prints `trek: error: ...` and
/// "see `trek CMD --help`" on stderr, nothing on stdout, exit 1, with "did you mean" for commands
/// and options. Commands are enumerated from the registry, so a new command cannot be forgotten.
/// </summary>
public sealed class ConventionTests
{
    /// <summary>Every command path (`index`, `ctcae grade`, ...) that `trek` knows.</summary>
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var path in CommandPaths())
        {
            data.Add(path);
        }

        return data;
    }

    private static List<string> CommandPaths() => [.. CommandTree.All().Select(c => c.Path)];

    [Fact]
    public void Registry_HasTheCommandsTheReadmeLists()
    {
        var names = CommandPaths().ToHashSet();
        foreach (var expected in new[] { "index", "fusions", "test-route", "eligibility", "dose", "resistance", "response", "ctcae", "ctcae grade", "orr", "endpoints", "km", "escalation", "about" })
        {
            Assert.Contains(expected, names);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_MisspeltOption_NothingOnStdoutOneErrorLineExit1(string command)
    {
        var (code, stdout, err) = CliHarness.Run([.. command.Split(' '), "--no-such-optoin", "3"]);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("trek: error: unknown option `--no-such-optoin`", lines[0]);
        Assert.Equal($"see `trek {command} --help`", lines[1]);
    }

    [Theory]
    [InlineData(new[] { "fusion" }, "trek: error: unknown command `fusion`; did you mean `fusions`?", "trek")]
    [InlineData(new[] { "eligibilty", "x.yaml" }, "trek: error: unknown command `eligibilty`; did you mean `eligibility`?", "trek")]
    [InlineData(new[] { "fusions", "--index", "i", "--r1", "a", "--r2", "b", "-o", "-", "--thread", "2" }, "trek: error: unknown option `--thread`; did you mean `--threads`?", "trek fusions")]
    [InlineData(new[] { "km", "--input", "a.csv", "--landmark", "12" }, "trek: error: unknown option `--landmark`; did you mean `--landmarks`?", "trek km")]
    [InlineData(new[] { "ctcae", "grade", "--tst", "ALT", "--value", "1" }, "trek: error: unknown option `--tst`; did you mean `--test`?", "trek ctcae grade")]
    [InlineData(new[] { "orr", "--responders", "x", "--n", "3" }, "trek: error: --responders: `x` is not a whole number", "trek orr")]
    [InlineData(new[] { "fusions", "--index", "i", "--r1", "a.fq", "-o", "x.tsv" }, "trek: error: single-end reads are not supported: Trek needs both mates (--r1 and --r2) for spanning pairs and duplicate detection", "trek fusions")]
    [InlineData(new string[0], "trek: error: give a command", "trek")]
    public void Mistakes_OneLineWithHintThenSeeHelp(string[] args, string expected, string command)
    {
        var (code, stdout, err) = CliHarness.Run(args);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal([expected, $"see `{command} --help`"], err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// `-o`, `-i`, `--format` and `--json` mean one thing in every command's `--help`: `-o` is `--output` (or, for
    /// the folder of `trek cohort`, `--out-dir`), `-i` is `--input` (an older name may stay as a third alias, e.g.
    /// `--fusions`, `--vcf`), `--json` comes with a `--format` whose help lists json, and every option states its
    /// default or that it is required. Enumerated from the registry, so a new command is checked too.
    /// </summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_OutputInputFormatOptions_SameConvention(string command)
    {
        var c = CommandTree.All().Single(x => x.Path == command).Command;

        var options = c.Options.Where(o => o.Name is not ("--help" or "--version") && !o.Aliases.Contains("-h")).ToList();
        foreach (var o in options)
        {
            var names = o.Aliases.Prepend(o.Name).ToHashSet();
            if (names.Contains("-o"))
            {
                Assert.True(o.Name is "--output" or "--out-dir", $"trek {command}: -o is {o.Name}, not --output");
            }

            if (o.Name == "--output")
            {
                Assert.Contains("-o", names);
            }

            if (names.Contains("-i") || names.Contains("--input"))
            {
                Assert.True(names.Contains("-i") && names.Contains("--input"), $"trek {command}: {o.Name} has one of -i and --input without the other");
            }

            var description = o.Description ?? "";
            Assert.True(
                o.Required || description.Contains("(default", StringComparison.Ordinal) || description.Contains("required", StringComparison.OrdinalIgnoreCase),
                $"trek {command} {o.Name}: the help states no default and does not say it is required: {description}");
        }

        if (options.Any(o => o.Name == "--json"))
        {
            var format = options.SingleOrDefault(o => o.Name == "--format");
            Assert.True(format is not null, $"trek {command}: --json without --format");
            Assert.Contains("json", format!.Description ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_GoesToStdoutExit0()
    {
        var (code, stdout, err) = CliHarness.Run("fusions", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--threads", stdout);
        Assert.Empty(err);
    }

    [Fact]
    public void UsageExceptionFromACommand_SamePrefixAndHint()
    {
        var (code, stdout, err) = CliHarness.Run("escalation", "-p", "0.1,0.2", "--target", "0.7");
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal(["trek: error: --target must be between 0 and 0.5 (got 0.7)", "see `trek escalation --help`"], err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
