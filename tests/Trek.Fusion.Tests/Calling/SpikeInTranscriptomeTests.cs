using Trek.Fusion.Calling;
using Trek.Fusion.Annotation;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Calling;

/// <summary>
/// Real reads with a known truth: the pizzly test set (SRR1659964, Tembe et al. 2014 spike-ins) against
/// its 284-transcript reference. Truth: 9 spike-in fusions, all found by kallisto 0.48 + pizzly 0.37.3
/// (shared/data/pizzly_test/derived_*). Breakpoint truth for ETV6::NTRK3: shared/data/README.md.
/// </summary>
public sealed class SpikeInTranscriptomeTests(TranscriptomeRunFixture fixture) : IClassFixture<TranscriptomeRunFixture>
{
    private readonly SpikeInRun _run = fixture.Run;

    [Fact]
    public void Call_FindsExactlyTheNineSpikeInsThatPizzlyFinds()
    {
        var pizzly = File.ReadLines(TestPaths.SharedFile("pizzly_test", "derived_debian_kallisto0.48_pizzly0.37.3_results.tsv"))
            .Skip(1).Select(l => l.Split('\t')).Select(c => $"{c[0]}::{c[1]}").Order().ToList();
        Assert.Equal(9, pizzly.Count);
        Assert.Equal(pizzly, _run.Passed.Select(c => c.Fusion).Order().ToList());
    }

    [Fact]
    public void Call_EtvNtrk3_HasTheTrueBreakpointExonsFrameAndKinaseDomain()
    {
        var c = _run.Single("ETV6::NTRK3");
        Assert.Equal((new GenomicPosition("12", 11869969, Strand.Plus, "GRCh38"), new GenomicPosition("15", 87940753, Strand.Minus, "GRCh38")), (c.Break1!.Genomic, c.Break2!.Genomic));
        Assert.Equal((5, 15), (c.Break1.Exon, c.Break2.Exon));
        Assert.Equal((JunctionSite.SpliceSite, JunctionSite.SpliceSite), (c.Site1, c.Site2));
        Assert.Equal(ReadingFrame.InFrame, c.Frame);
        Assert.Equal(DomainRetention.Retained, c.KinaseDomain);
        Assert.Equal(Confidence.High, c.Confidence);

        // pizzly counts 33 split reads and 15 pairs on the same reads; Trek counts distinct fragments
        // (4 duplicates removed) and a fragment once even when both mates cross the junction.
        Assert.Equal(30, c.SplitReads);
        Assert.Equal(14, c.SpanningPairs);
        Assert.EndsWith("ACGCCATGCCCATTGGGAGAATAGCAG", c.Junction!.FivePrime);
        Assert.StartsWith("ATGTGCAGCACATTAAGAGGAGAG", c.Junction.ThreePrime);
    }

    [Fact]
    public void Call_NoOtherFusionIsHighConfidence()
    {
        var spikeIns = new[] { "ETV6::NTRK3", "EML4::ALK", "CD74::ROS1", "HOOK3::RET", "AKAP9::BRAF", "EWSR1::FLI1", "EWSR1::ATF1", "BRD4::NUTM1", "TMPRSS2::ETV1" };
        Assert.DoesNotContain(_run.Passed.Concat(_run.Discarded), c => c.Confidence == Confidence.High && !spikeIns.Contains(c.Fusion));
    }

    [Fact]
    public void Call_TmprssEtv1_BreakIsInsideExonsAsFusionCatcherReports()
    {
        // FusionCatcher on the same spike-in (shared/data/fusioncatcher_test/final-list...): 21:41494381:- / 7:13935844:-.
        var c = _run.Single("TMPRSS2::ETV1");
        Assert.Equal((new GenomicPosition("21", 41494381, Strand.Minus, "GRCh38"), new GenomicPosition("7", 13935844, Strand.Minus, "GRCh38")), (c.Break1!.Genomic, c.Break2!.Genomic));
        Assert.Equal((JunctionSite.Exon, JunctionSite.Exon), (c.Site1, c.Site2));
        Assert.Equal(Confidence.Medium, c.Confidence);
    }

    [Fact]
    public void Call_EmlAlk_PartnerFromSpanningPairsBreakAtAlkExon20()
    {
        // No EML4 exon matches the reads' 5' part (the construct carries non-exonic sequence; pizzly finds 0 split reads);
        // spanning pairs name EML4, split reads place the ALK side at the start of exon 20.
        var c = _run.Single("EML4::ALK");
        Assert.Null(c.Break1);
        Assert.Equal((new GenomicPosition("2", 29223528, Strand.Minus, "GRCh38"), 20), (c.Break2!.Genomic, c.Break2.Exon));
        Assert.True(c.SplitReads > 0 && c.SpanningPairs > 0);
        Assert.Equal(Confidence.Medium, c.Confidence);
    }

    [Fact]
    public void Call_RowsAreSortedByConfidenceThenSupport()
    {
        var ranks = _run.Passed.Select(c => ((int)c.Confidence, -c.Support)).ToList();
        Assert.Equal(ranks.Order().ToList(), ranks);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Call_AnyThreadCount_GivesIdenticalRows(int threads)
    {
        // Workers merge their evidence order-independently, so output must not depend on scheduling.
        var evidence = Trek.Fusion.Pipeline.FusionPipeline.Run(_run.Index, SpikeInRun.Reads1, SpikeInRun.Reads2, new FusionOptions(), threads);
        var (passed, discarded) = new Trek.Fusion.Calling.FusionCaller(_run.Index, new FusionOptions()).Call(evidence);
        static List<string> Rows(IEnumerable<Trek.Fusion.Calling.FusionCall> calls) => [.. calls.Select(c => string.Join('\t', Trek.Fusion.Output.FusionTsvWriter.Row(c, "S")))];
        Assert.Equal(Rows(_run.Passed), Rows(passed));
        Assert.Equal(Rows(_run.Discarded), Rows(discarded));
    }

    [Fact]
    public void Evidence_CountsEveryPair()
    {
        Assert.Equal(744, _run.Evidence.Fragments);
    }
}
