using System.CommandLine;
using System.Runtime.CompilerServices;

namespace Trek.Cli.Tests;

/// <summary>
/// Issue 8: a golden JSON snapshot per command's JSON document. Every command of the registry that can write JSON
/// (a `--json` option, or a `--format` whose help lists json) must have at least one golden file named after it in
/// Golden/ (`ctcae-grade.json`) or golden/clinical/ (`test_route_*.json`), compared byte for byte by
/// <see cref="GoldenJsonTests"/>, <see cref="ClinicalGoldenJsonTests"/> or <see cref="FusionStatsGoldenTests"/>; so a
/// new command with JSON output fails here until its document has a snapshot.
/// </summary>
public sealed class GoldenJsonCoverageTests
{
    /// <summary>JSON documents written by an option other than --json/--format, with the golden file that pins each.</summary>
    private static readonly Dictionary<string, string> OtherJsonDocuments = new()
    {
        ["fusions --stats"] = "Golden/fusions-stats.json",
    };

    public static TheoryData<string> JsonCommands()
    {
        var data = new TheoryData<string>();
        foreach (var path in JsonCommandPaths())
        {
            data.Add(path);
        }

        return data;
    }

    private static List<string> JsonCommandPaths() =>
        [.. CommandTree.All()
            .Where(c => c.Command.Options.Any(o => o.Name == "--json" || (o.Name == "--format" && (o.Description ?? "").Contains("json", StringComparison.Ordinal))))
            .Select(c => c.Path)];

    [Theory]
    [MemberData(nameof(JsonCommands))]
    public void EveryJsonCommand_HasAGoldenSnapshot(string command)
    {
        var dir = Directory();
        var golden = System.IO.Directory.GetFiles(Path.Combine(dir, "Golden"), command.Replace(' ', '-') + "*.json")
            .Concat(System.IO.Directory.GetFiles(Path.Combine(dir, "golden", "clinical"), command.Replace(' ', '_').Replace('-', '_') + "*.json"))
            .ToList();
        Assert.True(golden.Count > 0, $"trek {command} writes JSON but has no golden snapshot in tests/Trek.Cli.Tests/Golden or golden/clinical");
    }

    [Fact]
    public void OtherJsonDocuments_HaveTheirGoldenFile()
    {
        foreach (var (document, file) in OtherJsonDocuments)
        {
            Assert.True(File.Exists(Path.Combine(Directory(), file)), $"{document}: no golden file {file}");
        }
    }

    [Fact]
    public void TheRegistry_HasJsonCommands()
    {
        // A guard on the enumeration itself: the eleven commands that wrote JSON when this test was written.
        Assert.Equal(
            ["ctcae", "ctcae grade", "dose", "eligibility", "endpoints", "escalation", "km", "orr", "resistance", "response", "test-route"],
            JsonCommandPaths().Order(StringComparer.Ordinal));
    }

    private static string Directory([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;
}
