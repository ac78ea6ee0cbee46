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

    private static List<string> CommandPaths()
    {
        var data = new List<string>();
        void Walk(Command c, string prefix)
        {
            foreach (var sub in c.Subcommands)
            {
                var path = (prefix + " " + sub.Name).Trim();
                data.Add(path);
                Walk(sub, path);
            }
        }

        Walk(TrekCli.BuildRoot(), "");
        return data;
    }

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
