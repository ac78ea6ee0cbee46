using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Tests.Data;

namespace Trek.Fusion.Tests.Accuracy;

/// <summary>
/// The real spike-in and FusionCatcher reads cut to their first 50 bases: the named calls of the 100-bp run
/// (a call may lose its split reads where no 50-bp read crosses the junction, but not its partners), the
/// strongest at high, and partner-unknown calls when the partner is left out of the index.
/// </summary>
public sealed class ShortReadTests
{
    [Fact]
    public void Call_PizzlyReadsAt50Bp_SameNamedFusionsStrongestHigh()
    {
        var index = AccuracyRun.PizzlyIndex();
        var full = new AccuracyRun(index, AccuracyRun.PizzlyReads.R1, AccuracyRun.PizzlyReads.R2);
        var (r1, r2) = ShortReads.Cut(AccuracyRun.PizzlyReads.R1, AccuracyRun.PizzlyReads.R2, 50);
        var cut = new AccuracyRun(index, r1, r2);
        Assert.Equal(full.Named, cut.Named);
        Assert.Equal(Confidence.High, cut.Passed.MaxBy(c => c.SplitReads)!.Confidence);
        Assert.True(cut.Passed.Count(c => c.Confidence == Confidence.High) >= 5);
    }

    [Fact]
    public void Call_FusionCatcherReadsAt50Bp_SameNamedFusions()
    {
        var index = AccuracyRun.PizzlyIndex();
        var full = new AccuracyRun(index, AccuracyRun.FusionCatcherReads.R1, AccuracyRun.FusionCatcherReads.R2);
        var (r1, r2) = ShortReads.Cut(AccuracyRun.FusionCatcherReads.R1, AccuracyRun.FusionCatcherReads.R2, 50);
        var cut = new AccuracyRun(index, r1, r2);
        Assert.Equal(full.Named, cut.Named);
        Assert.Equal(Confidence.High, cut.Passed.MaxBy(c => c.SplitReads)!.Confidence);
    }

    [Theory]
    [InlineData("ETV6", ".::NTRK3", "15", 87940753L, Strand.Minus)] // exon 15, breakpoint from shared/data/README.md
    [InlineData("BRD4", ".::NUTM1", "15", 34347969L, Strand.Plus)]
    [InlineData("EWSR1", ".::ATF1", "12", 50814280L, Strand.Plus)]
    public void Call_PartnerLeftOutAt50Bp_PartnerUnknownAtTheBreak(string partner, string fusion, string contig, long position, Strand strand)
    {
        var genes = AccuracyRun.PizzlyIndex().Genes.Select(g => g.Name).Where(n => n != partner).Distinct().ToList();
        var index = AccuracyRun.PizzlyIndex(genes);
        var (r1, r2) = ShortReads.Cut(AccuracyRun.PizzlyReads.R1, AccuracyRun.PizzlyReads.R2, 50);
        var evidence = Trek.Fusion.Pipeline.FusionPipeline.Run(index, r1, r2, new FusionOptions { NovelPartnerGenes = new HashSet<string> { fusion[3..] } }, 2);
        var (passed, _) = new FusionCaller(index, new FusionOptions { NovelPartnerGenes = new HashSet<string> { fusion[3..] } }).Call(evidence);
        var c = Assert.Single(passed, c => c.Fusion == fusion);
        Assert.Equal(new GenomicPosition(contig, position, strand, null), c.Break2!.Genomic!.Value with { Assembly = null }); // locus only; the assembly comes from the GTF header
    }
}
