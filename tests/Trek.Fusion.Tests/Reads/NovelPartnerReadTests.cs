using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Reads;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Reads;

/// <summary>A read entering a kinase exon from unknown sequence is novel-partner evidence; from its own intron it is pre-mRNA.</summary>
public sealed class NovelPartnerReadTests(SyntheticReferenceFixture fixture) : IClassFixture<SyntheticReferenceFixture>
{
    private readonly SyntheticReference _ref = fixture.Reference;

    private ReadResult Align(string read) =>
        new ReadAligner(_ref.Index, new FusionOptions { NovelPartnerGenes = new HashSet<string> { "GA", "GB" } }).Align(Encoding.ASCII.GetBytes(read));

    private static string Unrelated(int n)
    {
        var rng = new Random(7);
        return new string(Enumerable.Range(0, n).Select(_ => "ACGT"[rng.Next(4)]).ToArray());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Align_UnknownSequenceThenExonStart_IsNovelAtThatExon(bool geneB)
    {
        var tx = geneB ? _ref.TranscriptB : _ref.TranscriptA;
        var r = Align(Unrelated(60) + tx.Substring(200, 40));
        Assert.Equal(ReadKind.Novel, r.Kind);
        Assert.Equal(200, r.NovelPosition);
        Assert.Equal(60, r.NovelPrefix!.Length);
    }

    [Fact]
    public void Align_IntronThenExonStartPlusStrand_IsNotNovel()
    {
        // GA (+) exon 2 starts at chrT:401; chrT:341-400 is the end of intron 1.
        var r = Align(_ref.Contig.Substring(340, 60) + _ref.TranscriptA.Substring(200, 40));
        Assert.NotEqual(ReadKind.Novel, r.Kind);
    }

    [Fact]
    public void Align_IntronThenExonStartMinusStrand_IsNotNovel()
    {
        // GB (-) exon 2 is chrT:2301-2500; upstream in transcript orientation is chrT:2501-2560, reverse-complemented.
        var r = Align(Dna.ReverseComplement(_ref.Contig.Substring(2500, 60)) + _ref.TranscriptB.Substring(200, 40));
        Assert.NotEqual(ReadKind.Novel, r.Kind);
    }

    [Fact]
    public void Align_UnknownSequenceThenMidExon_IsNotNovel()
    {
        // Fusions join exon boundaries; an unplaced stretch before the middle of an exon is not a fusion read.
        Assert.NotEqual(ReadKind.Novel, Align(Unrelated(60) + _ref.TranscriptA.Substring(250, 40)).Kind);
    }
}
