using Trek.Fusion.Calling;
using Trek.Fusion.Annotation;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Calling;

/// <summary>A panel index that lacks the 5' partner (ETV6 left out with --genes) must still report the NTRK3 fusion.</summary>
public sealed class NovelPartnerTests
{
    [Fact]
    public void Call_PanelWithoutEtv6_ReportsPartnerUnknownNtrk3AtExon15()
    {
        var run = SpikeInRun.Transcriptome(["NTRK3", "ALK", "ROS1", "RET", "BRAF"]);
        var c = run.Single(".::NTRK3");
        Assert.Equal((new GenomicPosition("15", 87940753, Strand.Minus, "GRCh38"), 15, DomainRetention.Retained), (c.Break2!.Genomic, c.Break2.Exon, c.KinaseDomain));
        Assert.True(c.SplitReads >= 20, $"split reads {c.SplitReads}");
        Assert.EndsWith("CCCATTGGGAGAATAGCAG", c.Junction!.FivePrime);
        Assert.StartsWith("ATGTGCAGCACATTAAGAGG", c.Junction.ThreePrime);
    }
}
