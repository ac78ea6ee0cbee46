using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Tests.Accuracy;

/// <summary>
/// FusionCatcher's test reads (17 fusions, shared/data/fusioncatcher_test) against the pizzly 36-gene transcript
/// index: NPM1 is not in the index, EML4 is. NPM1::ALK and EML4::ALK both reach ALK exon 20 (2:29223528:-), NPM1
/// from its exon 5 end, EML4 through 59 bases of ALK intron 19 (FusionCatcher: 2:29223587:-).
/// </summary>
public sealed class SharedJunctionTests
{
    private static readonly Lazy<AccuracyRun> Run = new(() => new AccuracyRun(AccuracyRun.PizzlyIndex(), AccuracyRun.FusionCatcherReads.R1, AccuracyRun.FusionCatcherReads.R2));

    [Fact]
    public void Call_NpmAlkReads_StayOnTheirOwnPartnerUnknownCall()
    {
        var alk = Assert.Single(Run.Value.Passed, c => c.Fusion == ".::ALK");
        Assert.Equal(new GenomicPosition("2", 29223528, Strand.Minus, null), alk.Break2!.Genomic!.Value with { Assembly = null }); // locus only; the assembly comes from the GTF header
        Assert.EndsWith("GTGGACAGCACTTAGTAG", alk.Junction!.FivePrime, StringComparison.Ordinal); // FusionCatcher's NPM1 junction

        var eml4 = Assert.Single(Run.Value.Passed, c => c.Fusion == "EML4::ALK");
        Assert.True(eml4.Junction is null || !eml4.Junction.FivePrime.EndsWith("CACTTAGTAG", StringComparison.Ordinal));
        Assert.DoesNotContain(alk.Partner!.Signatures, s => eml4.Partner?.Signatures.Contains(s) == true);
    }

    [Fact]
    public void Call_GopcRos1_PartnerUnknownAtFusionCatchersBreak()
    {
        var ros1 = Assert.Single(Run.Value.Passed, c => c.Fusion == ".::ROS1");
        Assert.Equal(new GenomicPosition("6", 117321394, Strand.Minus, null), ros1.Break2!.Genomic!.Value with { Assembly = null });
        Assert.EndsWith("AAAGTATTACAAG", ros1.Junction!.FivePrime, StringComparison.Ordinal); // GOPC exon 8 end, FusionCatcher
    }

    /// <summary>
    /// The `.::BRAF` at 7:140726516:- that this set used to report (5 reads, medium) is BRAF spliced without the exon
    /// at 7:140734617-140734770: its 60 partner bases are BRAF's own exon ending at 7:140739812 (checked by hand: the
    /// partner occurs in ENST00000288602 and ENST00000496384; in the GTF of ENST00000496384 that exon is followed by
    /// 140734617-140734770, then by the exon starting at 140726516). Arriba's same_gene reasoning: splicing, not a fusion.
    /// </summary>
    [Fact]
    public void Call_BrafExonSkipping_RemovedAsSameGene()
    {
        Assert.DoesNotContain(Run.Value.Passed, c => c.Fusion == ".::BRAF");
        var braf = Assert.Single(Run.Value.Discarded, c => c.Fusion == ".::BRAF" && c.Break2!.Genomic!.Value.Position == 140726516);
        var verdict = Assert.Single(braf.Verdicts, v => v.Filter == Trek.Fusion.Filters.FilterId.SameGene);
        Assert.Equal(140739812, verdict.SameGene!.Transcript.GenomePosition(verdict.SameGene.LastBase));
        Assert.Equal(5, braf.SplitReads);
    }

    [Fact]
    public void Call_NineNamedFusionsAndNothingElseHigh()
    {
        string[] nine = ["AKAP9::BRAF", "BRD4::NUTM1", "CD74::ROS1", "EML4::ALK", "ETV6::NTRK3", "EWSR1::ATF1", "EWSR1::FLI1", "HOOK3::RET", "TMPRSS2::ETV1"];
        Assert.Equal(nine, Run.Value.Named);
        Assert.DoesNotContain(Run.Value.Passed.Concat(Run.Value.Discarded), c => c.Confidence == Confidence.High && !nine.Contains(c.Fusion));
    }
}
