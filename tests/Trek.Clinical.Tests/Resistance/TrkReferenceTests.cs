using Trek.Clinical.Resistance;

namespace Trek.Clinical.Tests.Resistance;

public sealed class TrkReferenceTests
{
    // Expected: /work/shared/data/reference_sequences_derived/TRK_resistance_residue_check.tsv (shared data README section 5)
    // and the Kincat kinase-domain table (Manning 2002).
    [Theory]
    [InlineData("NTRK1", "NP_001012331.1", 796, 589, 595, 667, 510, 784)]
    [InlineData("NTRK2", "NP_001018074.1", 822, 617, 623, 693, 538, 807)]
    [InlineData("NTRK3", "NP_002521.2", 825, 617, 623, 696, 538, 809)]
    public void ForGene_EmbeddedProtein_MotifPositionsMatchResidueCheck(string gene, string accession, int length, int gatekeeper, int solventFront, int xdfg, int kdStart, int kdEnd)
    {
        var p = TrkReference.ForGene(gene)!;
        Assert.Equal(accession, p.Accession);
        Assert.Equal(length, p.Length);
        Assert.Equal(gatekeeper, p.Gatekeeper);
        Assert.Equal(solventFront, p.SolventFront);
        Assert.Equal(xdfg, p.Xdfg);
        Assert.Equal('F', p.ResidueAt(gatekeeper));
        Assert.Equal('G', p.ResidueAt(solventFront));
        Assert.Equal('G', p.ResidueAt(xdfg));
        Assert.Equal(kdStart, p.KinaseStart);
        Assert.Equal(kdEnd, p.KinaseEnd);
    }

    // TRK_resistance_residue_check.tsv: in the 822-aa TRKB, 633/639/709 read G/M/V (the 838-aa literature numbering does not fit).
    [Theory]
    [InlineData(633, 'G')]
    [InlineData(639, 'M')]
    [InlineData(709, 'V')]
    public void ForGene_Ntrk2LiteraturePositions_ReadOtherResidues(int position, char residue)
    {
        Assert.Equal(residue, TrkReference.ForGene("NTRK2")!.ResidueAt(position));
    }

    [Fact]
    public void ForGene_OtherGene_Null()
    {
        Assert.Null(TrkReference.ForGene("ALK"));
    }
}
