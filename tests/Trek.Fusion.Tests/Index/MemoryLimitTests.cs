using Trek.Core;
using Trek.Fusion.Index;

namespace Trek.Fusion.Tests.Index;

/// <summary>`trek index --max-memory`: sizes as people type them, K/M/G/T powers of 1024 (as `sort -S` reads them), every other spelling refused.</summary>
public sealed class MemoryLimitTests
{
    [Theory]
    [InlineData("4G", 4L * 1024 * 1024 * 1024)]
    [InlineData("4g", 4L * 1024 * 1024 * 1024)]
    [InlineData("4GB", 4L * 1024 * 1024 * 1024)]
    [InlineData("800M", 800L * 1024 * 1024)]
    [InlineData("1.5G", 3L * 512 * 1024 * 1024)]
    [InlineData("1T", 1024L * 1024 * 1024 * 1024)]
    [InlineData("1024K", 1024L * 1024)] // the smallest accepted: 1 MiB
    [InlineData("1048576", 1024L * 1024)] // bytes when no unit
    public void TryParse_Valid_BytesComputedByHand(string text, long bytes)
    {
        Assert.True(MemoryLimit.TryParse(text, out var parsed, out var error), error);
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("4,5G")] // decimal comma
    [InlineData("-1")]
    [InlineData("+4G")]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("4 G")]
    [InlineData("4X")]
    [InlineData("1.2.3G")]
    [InlineData(".5G")]
    [InlineData("4.G")]
    [InlineData("1e9")]
    public void TryParse_NotASize_RefusedWithOneLine(string text)
    {
        Assert.False(MemoryLimit.TryParse(text, out _, out var error));
        Assert.Contains("not a memory size", error);
        Assert.DoesNotContain('\n', error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1023K")] // one KiB under 1 MiB
    [InlineData("1048575")]
    [InlineData("9000000T")] // past 2^63 bytes
    [InlineData("999999999999999T")]
    public void TryParse_OutOfRange_Refused(string text)
    {
        Assert.False(MemoryLimit.TryParse(text, out _, out var error));
        Assert.Contains("out of range", error);
    }

    [Fact]
    public void Build_LimitBelowTheEstimate_RefusedUpFrontWithTheEstimate()
    {
        // The process alone (runtime, annotation) uses more than 1 MiB: the build must stop before the table, naming its need.
        var ex = Assert.Throws<InputException>(() => IndexBuilder.Build(
            TestPaths.SharedFile("pizzly_test", "transcripts.fasta.gz"), TestPaths.SharedFile("pizzly_test", "transcripts.gtf.gz"), null, 31, null, null, maxMemory: 1024 * 1024));
        Assert.Matches(@"^the index needs about \d+ MB \(a \d+ MB table for about [\d,]+ distinct 31-mers, \d+ MB in use\), more than --max-memory 1 MB", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Build_LimitAboveTheEstimate_Builds()
    {
        var index = IndexBuilder.Build(
            TestPaths.SharedFile("pizzly_test", "transcripts.fasta.gz"), TestPaths.SharedFile("pizzly_test", "transcripts.gtf.gz"), null, 31, null, null, maxMemory: 16L << 30);
        Assert.Equal(216_549, index.Kmers.DistinctKmers); // trek index's count for the example before and after format 5
    }
}
