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
        Assert.Equal(("15:87940753:-", "15", "yes"), (c.Breakpoint2, c.Exon2, c.KinaseDomainRetained));
        Assert.True(c.SplitReads >= 20, $"split reads {c.SplitReads}");
        Assert.Contains("CCCATTGGGAGAATAGCAG|ATGTGCAGCACATTAAGAGG", c.FusionTranscript);
    }
}
