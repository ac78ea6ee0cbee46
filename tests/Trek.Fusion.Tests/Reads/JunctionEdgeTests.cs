using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Reads;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Reads;

public sealed class JunctionEdgeTests : IClassFixture<SyntheticReferenceFixture>
{
    private readonly SyntheticReference _ref;
    private readonly ReadAligner _aligner;

    public JunctionEdgeTests(SyntheticReferenceFixture fixture)
    {
        _ref = fixture.Reference;
        _aligner = new ReadAligner(_ref.Index, new FusionOptions());
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    /// <summary>A 100-base read with <paramref name="a"/> bases of GA before the junction and the rest from GB.</summary>
    private string ReadAcross(int a) => _ref.Fusion.Substring(400 - a, 100);

    public static TheoryData<int> AllOffsets()
    {
        var data = new TheoryData<int>();
        for (var a = 1; a <= 99; a++)
        {
            data.Add(a);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllOffsets))]
    public void Align_ReadAcrossJunction_SplitExactlyWhenBothAnchorsReachMinimum(int a)
    {
        var result = _aligner.Align(Ascii(ReadAcross(a)));
        if (a >= 12 && 100 - a >= 12)
        {
            // Both sides long enough (default --min-anchor 12): the break is placed at GA tx 399 | GB tx 200.
            Assert.Equal(ReadKind.Split, result.Kind);
            Assert.Equal((399, 200, a, 100 - a), (result.Split.PositionA, result.Split.PositionB, result.Split.AnchorA, result.Split.AnchorB));
            Assert.False(result.Split.Homologous);
        }
        else
        {
            Assert.NotEqual(ReadKind.Split, result.Kind);
        }
    }

    [Theory]
    [InlineData(12)]
    [InlineData(31)]
    [InlineData(50)]
    [InlineData(69)]
    [InlineData(88)]
    public void Align_ReverseComplementedRead_GivesTheSameJunction(int a)
    {
        // Read 2 of a pair is the reverse complement of the fusion transcript.
        var result = _aligner.Align(Ascii(Dna.ReverseComplement(ReadAcross(a))));
        Assert.Equal(ReadKind.Split, result.Kind);
        Assert.Equal((399, 200), (result.Split.PositionA, result.Split.PositionB));
    }

    [Theory]
    [InlineData(50, 5)]
    [InlineData(50, 80)]
    [InlineData(30, 90)]
    public void Align_ReadWithN_StillSplit(int a, int nAt)
    {
        var read = ReadAcross(a).ToCharArray();
        read[nAt] = 'N';
        var result = _aligner.Align(Ascii(new string(read)));
        Assert.Equal(ReadKind.Split, result.Kind);
        Assert.Equal((399, 200), (result.Split.PositionA, result.Split.PositionB));
    }

    [Fact]
    public void Align_AllN_IsNoHit()
    {
        Assert.Equal(ReadKind.NoHit, _aligner.Align(Ascii(new string('N', 100))).Kind);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(250, false)]
    [InlineData(0, true)]
    [InlineData(450, true)]
    public void Align_ReadInsideOneGene_IsFullOnThatGene(int start, bool geneB)
    {
        var tx = geneB ? _ref.TranscriptB : _ref.TranscriptA;
        var result = _aligner.Align(Ascii(tx.Substring(start, 100)));
        Assert.Equal(ReadKind.Full, result.Kind);
        Assert.Equal(geneB ? "GB" : "GA", _ref.Index.Genes[result.Segment.Gene].Name);
        Assert.False(result.Segment.Antisense);
        Assert.Equal(start, result.Segment.Diagonal);
    }

    [Fact]
    public void Align_ReverseStrandMate_IsFullAndAntisense()
    {
        var result = _aligner.Align(Ascii(Dna.ReverseComplement(_ref.TranscriptB.Substring(300, 100))));
        Assert.Equal(ReadKind.Full, result.Kind);
        Assert.True(result.Segment.Antisense);
    }

    [Fact]
    public void Align_ThreeMismatches_StillFull()
    {
        var read = _ref.TranscriptA.Substring(100, 100).ToCharArray();
        foreach (var i in new[] { 10, 45, 90 })
        {
            read[i] = read[i] == 'A' ? 'C' : 'A';
        }

        Assert.Equal(ReadKind.Full, _aligner.Align(Ascii(new string(read))).Kind);
    }
}
