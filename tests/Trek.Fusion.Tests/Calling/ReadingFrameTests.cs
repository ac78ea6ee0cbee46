using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Tests.Calling;

public sealed class ReadingFrameTests
{
    /// <summary>A transcript of GCT codons (Ala, no stop) with the CDS from position 3 to the end, ending in TAA.</summary>
    private static Transcript Tx(string seq, int cdsStart) => new()
    {
        Index = 0,
        Id = "t",
        Gene = 0,
        Chrom = "1",
        Strand = Strand.Plus,
        Biotype = "protein_coding",
        Rank = 3,
        Codes = seq.Select(c => (byte)"ACGT".IndexOf(c)).ToArray(),
        Exons = [new Exon(1, 0, seq.Length, 1, seq.Length, 0)],
        CdsStart = cdsStart,
        CdsEnd = seq.Length,
    };

    private static readonly Transcript A = Tx("CCC" + string.Concat(Enumerable.Repeat("GCT", 30)) + "TAA", 3);
    private static readonly Transcript B = Tx("CC" + string.Concat(Enumerable.Repeat("GCT", 30)) + "TAA", 2);

    [Theory]
    [InlineData(5, 2, ReadingFrame.InFrame)] // 3 CDS bases of A (one codon) + B from its first codon
    [InlineData(5, 5, ReadingFrame.InFrame)] // B from its second codon
    [InlineData(5, 3, ReadingFrame.OutOfFrame)]
    [InlineData(6, 3, ReadingFrame.InFrame)] // 4 CDS bases of A (phase 1) + B from offset 1 (phase 1)
    [InlineData(6, 4, ReadingFrame.OutOfFrame)] // phase 1 against offset 2
    [InlineData(1, 5, ReadingFrame.Unknown)] // 5' break in the 5' UTR: no fused ORF
    [InlineData(5, 1, ReadingFrame.Unknown)] // 3' break in B's 5' UTR
    public void ReadingFrame_PhaseOfBothCds(int posA, int posB, ReadingFrame expected)
    {
        Assert.Equal(expected, FusionAnnotator.Frame(A, posA, B, posB));
    }

    [Fact]
    public void ReadingFrame_InFrameJunctionCreatingStop_IsStopCodon()
    {
        // A contributes 10 codons + T (phase 1); B from offset 1 (phase 1, in frame) starts AG...: the junction codon reads TAG.
        var a = Tx("CCC" + string.Concat(Enumerable.Repeat("GCT", 10)) + "T" + string.Concat(Enumerable.Repeat("GCT", 5)) + "TAA", 3);
        var b = Tx("CCAAG" + string.Concat(Enumerable.Repeat("CTG", 10)) + "TAA", 2);
        Assert.Equal(ReadingFrame.StopCodon, FusionAnnotator.Frame(a, 33, b, 3));
    }
}
