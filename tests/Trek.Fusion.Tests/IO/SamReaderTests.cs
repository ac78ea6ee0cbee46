using Trek.Core;
using Trek.IO.Sam;

namespace Trek.Fusion.Tests.IO;

/// <summary>The one SAM reader (SAM v1.6 §1.3-1.5): typed records, aligned pairs from the CIGAR, one-line errors with file and line.</summary>
public sealed class SamReaderTests
{
    private const string Header = "@HD\tVN:1.6\tSO:coordinate\n@SQ\tSN:c1\tLN:20\n";

    private static List<SamRecord> Read(string text) =>
        [.. SamReader.Records(text.Split('\n').Select((l, i) => ((long)i + 1, l)), "x.sam")];

    [Fact]
    public void Records_SoftClipsAndMatches_AlignedPairsSkipClippedBases()
    {
        // 2S5M1S at POS 3: read bases 2..6 sit on reference 3..7 (1-based), the clips on none (SAM §1.4.6).
        var r = Assert.Single(Read(Header + "q1\t16\tc1\t3\t60\t2S5M1S\t*\t0\t0\tTTACGTAG\t*\tYT:Z:split\tNM:i:0"));
        Assert.True(r.Reverse);
        Assert.Equal(5, r.ReferenceLength);
        Assert.Equal([(2, 3L), (3, 4L), (4, 5L), (5, 6L), (6, 7L)], r.AlignedPairs());
        Assert.Equal("split", r.Tags["YT"]); // the value; the type letter (Z) is checked, not kept
    }

    [Fact]
    public void Records_DeletionAndInsertion_MoveReferenceAndReadApart()
    {
        // 2M1D2M1I1M at POS 1: read 0,1 -> ref 1,2; deletion of ref 3; read 2,3 -> ref 4,5; read 4 inserted; read 5 -> ref 6.
        var r = Assert.Single(Read(Header + "q\t0\tc1\t1\t60\t2M1D2M1I1M\t*\t0\t0\tACGTAC\t*"));
        Assert.Equal([(0, 1L), (1, 2L), (2, 4L), (3, 5L), (5, 6L)], r.AlignedPairs());
        Assert.Equal(6, r.ReferenceLength);
    }

    [Theory]
    [InlineData("q\t0\tc1\t1\t60\t5M\t*\t0\t0\tACGT\t*", 3, "CIGAR 5M covers 5 read bases, SEQ has 4")]
    [InlineData("q\t0\tc1\t1\t60\t4Q\t*\t0\t0\tACGT\t*", 3, "CIGAR '4Q' is not")]
    [InlineData("q\t0\tc2\t1\t60\t4M\t*\t0\t0\tACGT\t*", 3, "RNAME c2 has no @SQ header line")]
    [InlineData("q\t0\tc1\t18\t60\t4M\t*\t0\t0\tACGT\t*", 3, "runs outside the reference (LN:20)")]
    [InlineData("q\t0\tc1\t1\t60\t4M\t*\t0", 3, "8 tab-separated fields")]
    [InlineData("q\tx\tc1\t1\t60\t4M\t*\t0\t0\tACGT\t*", 3, "FLAG 'x' is not a whole number")]
    [InlineData("q\t0\tc1\t1\t60\t4M\t*\t0\t0\tACGT\tII", 3, "QUAL has 2 characters, SEQ 4")]
    [InlineData("q\t0\tc1\t1\t60\t4M\t*\t0\t0\tACGT\t*\tNM", 3, "optional field 'NM'")]
    public void Records_Malformed_OneErrorNamingFileAndLine(string line, int number, string what)
    {
        var e = Assert.Throws<InputException>(() => Read(Header + line));
        Assert.StartsWith($"x.sam:{number}: ", e.Message);
        Assert.Contains(what, e.Message);
    }

    [Fact]
    public void Records_UnmappedWithMappedMate_KeepsMatePosition()
    {
        var r = Assert.Single(Read(Header + "q\t69\tc1\t5\t0\t*\t=\t5\t0\tACGT\t*"));
        Assert.True(r.Unmapped);
        Assert.Empty(r.AlignedPairs());
        Assert.Equal(5, r.Pos);
    }
}
