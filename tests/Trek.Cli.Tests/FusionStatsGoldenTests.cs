using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Trek.Cli.Tests.Safety;
using Trek.Core;

namespace Trek.Cli.Tests;

/// <summary>
/// The `trek fusions --stats` document (trek.fusions.stats/1; the contract of /work/coord STATS and docs/fusion.md that the
/// workflow, the cohort, the report and the registry read) compared byte for byte with Golden/fusions-stats.json, on the
/// bundled example. The index path, its SHA-256 (which changes with the index format, not with the contract) and the
/// tool version are replaced before the comparison. Values: 744 read pairs (examples/pizzly-spikein/README.md); 9
/// candidates, none removed by a filter, 7 high and 2 medium calls, the counts FusionCliTests checks from the TSVs.
/// A changed snapshot is a changed contract: review the diff, then regenerate with TREK_UPDATE_GOLDEN=1.
/// </summary>
public sealed partial class FusionStatsGoldenTests(IndexFixture index) : IClassFixture<IndexFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-stats-golden-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Stats_Json_MatchesGolden()
    {
        var stats = Path.Combine(_dir, "stats.json");
        var (code, _, err) = CliHarness.Run(
            "fusions", "--index", index.Index, "--r1", CliHarness.Example("reads_1.fastq.gz"), "--r2", CliHarness.Example("reads_2.fastq.gz"),
            "--sample", "SRR1659964", "-o", Path.Combine(_dir, "fusions.tsv"), "--stats", stats);
        Assert.True(code == 0, err);
        var actual = Sha256().Replace(File.ReadAllText(stats).Replace(index.Index, "INDEX", StringComparison.Ordinal), "\"sha256\": \"SHA256\"")
            .Replace($"\"trek_version\": \"{TrekVersion.Current}\"", "\"trek_version\": \"VERSION\"", StringComparison.Ordinal);
        var path = Path.Combine(GoldenDirectory(), "fusions-stats.json");
        if (Environment.GetEnvironmentVariable("TREK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}: run with TREK_UPDATE_GOLDEN=1 once and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string GoldenDirectory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");

    [GeneratedRegex("\"sha256\": \"[0-9a-f]{64}\"")]
    private static partial Regex Sha256();
}
