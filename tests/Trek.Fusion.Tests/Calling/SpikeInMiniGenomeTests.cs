using Trek.Fusion.Calling;
using Trek.Fusion.Annotation;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Calling;

/// <summary>
/// The same spike-in reads against the other reference shape: the EasyFuse GRCh38 mini-genome with its
/// Ensembl 110 GTF (exons spliced from contigs, true coordinates from OrigCoords). ETV6 is not in it,
/// so ETV6::NTRK3 must come out as a partner-unknown NTRK3 fusion with the ETV6 sequence assembled.
/// </summary>
public sealed class SpikeInMiniGenomeTests(MiniGenomeRunFixture fixture, TranscriptomeRunFixture transcriptome)
    : IClassFixture<MiniGenomeRunFixture>, IClassFixture<TranscriptomeRunFixture>
{
    [Theory]
    [InlineData("BRD4::NUTM1")]
    [InlineData("EWSR1::FLI1")]
    [InlineData("EWSR1::ATF1")]
    [InlineData("HOOK3::RET")]
    [InlineData("CD74::ROS1")]
    public void Call_GenomeShape_GivesTheSameGenomicBreakpointsAsTheTranscriptome(string fusion)
    {
        var genome = fixture.Run.Single(fusion);
        var tx = transcriptome.Run.Single(fusion);
        // Same loci; only the assembly differs: the pizzly GTF states GRCh38, the mini-annotation states nothing (null, not guessed).
        Assert.Equal((tx.Break1!.Genomic!.Value with { Assembly = null }, tx.Break2!.Genomic!.Value with { Assembly = null }), (genome.Break1!.Genomic, genome.Break2!.Genomic));
        Assert.Equal(("GRCh38", null), (tx.Break1.Genomic.Value.Assembly, genome.Break1!.Genomic!.Value.Assembly));
        Assert.Equal(Confidence.High, genome.Confidence);
    }

    [Fact]
    public void Call_PartnerNotIndexed_ReportsNovelNtrk3WithAssembledEtv6Sequence()
    {
        var c = fixture.Run.Single(".::NTRK3");
        Assert.Null(c.Break1);
        Assert.Equal((new GenomicPosition("15", 87940753, Strand.Minus, null), 15), (c.Break2!.Genomic, c.Break2.Exon));
        Assert.Equal("ENST00000629765", c.Break2.TranscriptId); // MANE Select
        Assert.Equal(DomainRetention.Retained, c.KinaseDomain);
        Assert.Equal(Confidence.Medium, c.Confidence);

        // The assembled 5' side ends with the last bases of ETV6 exon 5 (ENST00000396373, pizzly reference).
        var partner = c.Junction!.FivePrime;
        Assert.True(partner.Length >= 40, partner);
        Assert.EndsWith("GCCATGCCCATTGGGAGAATAGCAG", partner);
    }

    [Fact]
    public void Index_MiniGenome_LocatesTrkcKinaseDomainDespiteKinaseInsert()
    {
        // ENST00000629765 (839 aa) carries a 14-residue insert inside the kinase domain relative to NP_002521.2 (825 aa).
        var mane = fixture.Run.Index.Transcripts.Single(t => t.Id == "ENST00000629765");
        Assert.True(mane.DomainStart > 0);
        Assert.Equal((809 - 538 + 1 + 14) * 3, mane.DomainEnd - mane.DomainStart);
    }
}
