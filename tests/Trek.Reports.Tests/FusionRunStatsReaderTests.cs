using Trek.Core;
using Trek.Reports.Stats;

namespace Trek.Reports.Tests;

/// <summary>`trek fusions --stats` JSON, contract /work/coord/STATS.md (schema trek.fusions.stats/1, fixed key set).</summary>
public sealed class FusionRunStatsReaderTests
{
    private static readonly string Dir = TestFiles.Scratch("stats");

    private static string Variant(string from, string to)
    {
        var path = Path.Combine(Dir, $"s{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(TestFiles.Data("stats.json")).Replace(from, to, StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void Read_Fixture_RatesFromCounts()
    {
        var s = FusionRunStatsReader.Read(TestFiles.Data("stats.json"));
        Assert.Equal((744L, 512L, 16L), (s.PairsRead, s.PairsOnIndex, s.DuplicateFragments));
        Assert.Equal(512.0 / 744, s.OnIndexRate);
        Assert.Equal(16.0 / 744, s.DuplicateRate);
        Assert.Equal(("GRCh38", "Ensembl 85"), (s.Assembly, s.Annotation));
        Assert.Equal(2, s.Stages.Count);
    }

    [Theory]
    [InlineData("\"discarded\": 0", "\"discarded\": 0, \"extra\": 1", "unknown key 'extra'")]
    [InlineData("\"pairs_on_index\": 512", "\"pairs_on_index\": 745", "cannot exceed pairs_read")]
    [InlineData("\"pairs_read\": 744", "\"pairs_read\": -1", "'pairs_read' must be a whole number >= 0")]
    [InlineData("trek.fusions.stats/1", "trek.fusions.stats/2", "this Trek reads trek.fusions.stats/1")]
    [InlineData("\"low\": 0", "\"lo\": 0", "unknown key 'calls.lo'")]
    public void Read_Invalid_RefusedWithOneLine(string from, string to, string expected)
    {
        var ex = Assert.Throws<InputException>(() => FusionRunStatsReader.Read(Variant(from, to)));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Read_PairsOnIndexEqualPairsRead_Accepted() =>
        Assert.Equal(1.0, FusionRunStatsReader.Read(Variant("\"pairs_on_index\": 512", "\"pairs_on_index\": 744")).OnIndexRate);
}
