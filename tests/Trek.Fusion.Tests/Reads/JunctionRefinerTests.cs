using Trek.Fusion.Reads;
using static Trek.Fusion.Tests.Index.HandMadeIndex;

namespace Trek.Fusion.Tests.Reads;

/// <summary>
/// The junction refiner on two hand-written 40-base transcripts of two exons of 20 bases each:
/// <code>
///          0         1         2         3
///          0123456789012345678901234567890123456789
///   TA     ACGTTGCAAGGCTTAACCGATCAGGATCCATGGTACAGTC   exon 1 = 0..19, exon 2 = 20..39
///   TB     GGATCCTTAAGCGCGTATATCATGCATGCAAATTTGGGCC   exon 1 = 0..19, exon 2 = 20..39
/// </code>
/// The read is TA exon 1 joined to TB exon 2: TA[0..20) + TB[20..40). TA[19] = A but TB[19] = T, and
/// TA[20] = T but TB[20] = C, so only the cut at read position 20 explains it with no mismatch.
/// Exon 2s differ at 13 of 20 positions and exon 1s at 16 of 20 (counted by hand): not homologous.
/// </summary>
public sealed class JunctionRefinerTests
{
    private const string TaExon1 = "ACGTTGCAAGGCTTAACCGA";
    private const string TaExon2 = "TCAGGATCCATGGTACAGTC";
    private const string TbExon1 = "GGATCCTTAAGCGCGTATAT";
    private const string TbExon2 = "CATGCATGCAAATTTGGGCC";

    // TB with its exon 1 ending in CGA, the last three bases of TA exon 1: cuts 17, 18, 19 and 20 all fit (TB[16] = A, TA[16] = C).
    private const string TbExon1Homology = "GGATCCTTAAGCGCGTACGA";

    [Fact]
    public void TryRefine_ReadAcrossExonBoundaries_ExactBreakNoHomology()
    {
        var hit = Refine(TaExon1 + TaExon2, TbExon1 + TbExon2, TaExon1 + TbExon2, diagonal: 0, twoExonsA: true, twoExonsB: true);
        // Last base of TA is tx 19, first of TB tx 20; 20 read bases on each side.
        Assert.Equal(new SplitHit(0, 19, 1, 20, 20, 20, 0, false), hit);
    }

    [Fact]
    public void TryRefine_ReadStartingInsideTheTranscript_PositionsFollowTheDiagonal()
    {
        // The read starts at TA tx 5 (diagonal 5 on both): the cut at read position 15 is still TA tx 19 | TB tx 20.
        var hit = Refine(TaExon1 + TaExon2, TbExon1 + TbExon2, TaExon1[5..] + TbExon2, diagonal: 5, twoExonsA: true, twoExonsB: true);
        Assert.Equal(new SplitHit(0, 19, 1, 20, 15, 20, 0, false), hit);
    }

    [Fact]
    public void TryRefine_MicroHomologyAtExonBoundaries_TiesGoToTheBoundaryAndWidthIsReported()
    {
        // Cuts 17..20 tie (CGA on both sides); 20 is the end of TA exon 1 and the start of TB exon 2.
        var hit = Refine(TaExon1 + TaExon2, TbExon1Homology + TbExon2, TaExon1 + TbExon2, diagonal: 0, twoExonsA: true, twoExonsB: true);
        Assert.Equal(new SplitHit(0, 19, 1, 20, 20, 20, 3, false), hit);
    }

    [Fact]
    public void TryRefine_MicroHomologyWithoutBoundaries_LeftmostCut()
    {
        // Single-exon transcripts: no exon boundary, so the leftmost of the tied cuts 17..20 is taken: TA tx 16 | TB tx 17.
        var hit = Refine(TaExon1 + TaExon2, TbExon1Homology + TbExon2, TaExon1 + TbExon2, diagonal: 0, twoExonsA: false, twoExonsB: false);
        Assert.Equal(new SplitHit(0, 16, 1, 17, 17, 23, 3, false), hit);
    }

    [Fact]
    public void TryRefine_MicroHomologyWithABoundaryOnOneSide_ThatBoundary()
    {
        // TA has its exon end at tx 19, TB has one exon: the half boundary (cut 20) beats the leftmost tie (17).
        var hit = Refine(TaExon1 + TaExon2, TbExon1Homology + TbExon2, TaExon1 + TbExon2, diagonal: 0, twoExonsA: true, twoExonsB: false);
        Assert.Equal(new SplitHit(0, 19, 1, 20, 20, 20, 3, false), hit);
    }

    [Theory]
    // Two substitutions in the read (positions 5 and 30): best cut has 2 mismatches.
    [InlineData(2, 12, true)]
    [InlineData(1, 12, false)]
    // Anchors are 20 and 20: a minimum anchor of 20 passes, 21 refuses.
    [InlineData(2, 20, true)]
    [InlineData(2, 21, false)]
    public void TryRefine_MismatchAndAnchorLimits_AcceptOrRefuseAtTheEdge(int maxMismatches, int minAnchor, bool accepted)
    {
        var read = (TaExon1 + TbExon2).ToCharArray();
        read[5] = read[5] == 'A' ? 'C' : 'A';
        read[30] = read[30] == 'A' ? 'C' : 'A';
        var index = Build(15, Transcript(0, 0, TaExon1 + TaExon2, 20, 20), Transcript(1, 1, TbExon1 + TbExon2, 20, 20));
        var ok = new JunctionRefiner(index).TryRefine(Codes(new string(read)), Segment(0, 0), Segment(1, 0), maxMismatches, minAnchor, out var hit);
        Assert.Equal(accepted, ok);
        if (accepted)
        {
            Assert.Equal((19, 20), (hit.PositionA, hit.PositionB));
        }
    }

    [Fact]
    public void TryRefine_ThreePrimeSideNearlyTheFivePrimeGene_Homologous()
    {
        // TB's exon 2 is TA's with substitutions at tx 25, 30 and 35, so the read's 3' side fits TA with 3 mismatches
        // in 20 bases (at most a fifth: the 80 % identity of Alu copies). Cuts 20..25 tie; the boundary at 20 wins;
        // homology width 5.
        var tbExon2 = TaExon2.ToCharArray();
        foreach (var p in new[] { 5, 10, 15 })
        {
            tbExon2[p] = tbExon2[p] == 'G' ? 'T' : 'G';
        }

        var tb = TbExon1 + new string(tbExon2);
        var hit = Refine(TaExon1 + TaExon2, tb, TaExon1 + tb[20..], diagonal: 0, twoExonsA: true, twoExonsB: true);
        Assert.Equal(new SplitHit(0, 19, 1, 20, 20, 20, 5, true), hit);
    }

    private static SplitHit Refine(string ta, string tb, string read, int diagonal, bool twoExonsA, bool twoExonsB)
    {
        var index = Build(15,
            twoExonsA ? Transcript(0, 0, ta, 20, 20) : Transcript(0, 0, ta),
            twoExonsB ? Transcript(1, 1, tb, 20, 20) : Transcript(1, 1, tb));
        Assert.True(new JunctionRefiner(index).TryRefine(Codes(read), Segment(0, diagonal), Segment(1, diagonal), maxMismatches: 2, minAnchor: 12, out var hit));
        return hit;
    }

    private static Segment Segment(int transcript, int diagonal) => new(transcript, transcript, diagonal, false, 0, 0);
}
