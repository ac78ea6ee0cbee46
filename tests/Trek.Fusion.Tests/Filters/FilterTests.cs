using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Filters;

namespace Trek.Fusion.Tests.Filters;

public sealed class FilterTests
{
    /// <summary>A candidate with genes named <paramref name="g1"/> ("." = partner unknown) and <paramref name="g2"/>; <paramref name="exact1"/> false = no exact 5' break.</summary>
    private static FusionCandidate Call(string g1 = "A", string g2 = "B", long split = 3, long spanning = 1, JunctionSite site1 = JunctionSite.SpliceSite, JunctionSite site2 = JunctionSite.SpliceSite,
        bool largeAnchor = true, bool exact1 = true, string transcript = "ACGTTGCAAGCTTAGCCGATACGT|TTGACCGATGCATCGGATCCAGTA", Gene? gene1 = null, Gene? gene2 = null)
    {
        var bar = transcript.IndexOf('|');
        return new FusionCandidate(
            new FusionCall
            {
                Gene1 = gene1 ?? (g1 == "." ? null : G(g1, "1", '+', 1, 2)),
                Gene2 = gene2 ?? G(g2, "1", '+', 1, 2),
                Break1 = exact1 ? new JunctionSide("t1", null, 99, new GenomicPosition("1", 100, Strand.Plus, null), 1, site1) : null,
                Break2 = new JunctionSide("t2", null, 199, new GenomicPosition("1", 200, Strand.Plus, null), 2, site2),
                SplitReads = split,
                SpanningPairs = spanning,
                Ffpm = 0,
                Frame = ReadingFrame.Unknown,
                KinaseDomain = DomainRetention.Unknown,
                LargeAnchorSupport = largeAnchor,
                Homology = 0,
                Junction = new JunctionSequence(transcript[..bar], transcript[(bar + 1)..]),
            },
            0);
    }

    private static FusionCandidate With(FusionCandidate c, Gene? gene1, Gene gene2) => c with { Call = c.Call with { Gene1 = gene1, Gene2 = gene2 } };

    private static Gene G(string name, string chrom, char strand, long start, long end, int index = 0) =>
        new(index, name, name, chrom, strand == '-' ? Strand.Minus : Strand.Plus, start, end);

    [Theory]
    [InlineData('+', 1000, 2000, 50_000, 60_000, true)] // A upstream of B, 48 kb apart, same strand
    [InlineData('+', 1000, 2000, 102_000, 110_000, true)] // exactly 100 kb: still a neighbour
    [InlineData('+', 1000, 2000, 102_001, 110_000, false)] // 100,001 bp: beyond --read-through distance
    [InlineData('+', 50_000, 60_000, 1000, 2000, false)] // B upstream of A: not read-through order
    [InlineData('-', 50_000, 60_000, 1000, 2000, true)] // minus strand: transcription runs towards lower coordinates
    public void ReadThrough_NeighboursInTranscriptionOrder_Removed(char strand, long aStart, long aEnd, long bStart, long bEnd, bool removed)
    {
        var filter = new ReadThroughFilter(100_000);
        var input = With(Call(), G("A", "1", strand, aStart, aEnd), G("B", "1", strand, bStart, bEnd));
        Assert.Equal(removed, filter.Removes(input));
    }

    [Fact]
    public void ReadThrough_OppositeStrandsOrChromosomes_Kept()
    {
        var filter = new ReadThroughFilter(100_000);
        Assert.False(filter.Removes(With(Call(), G("A", "1", '+', 1000, 2000), G("B", "1", '-', 5000, 6000))));
        Assert.False(filter.Removes(With(Call(), G("A", "1", '+', 1000, 2000), G("B", "2", '+', 5000, 6000))));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAA", true)] // poly-A: 1 distinct 3-mer
    [InlineData("ACACACACACACACACACAC", true)] // dinucleotide repeat: 2
    [InlineData("ACGTTGCAAGCTTAGCCGAT", false)] // ordinary sequence: 17 of 18 possible
    [InlineData("AAAAAAAAAAAAAAAAAAA", false)] // 19 nt: too short to judge
    public void LowComplexity_DistinctTrimers(string window, bool low)
    {
        Assert.Equal(low, LowComplexityFilter.IsLow(window));
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(1, 0, true)]
    [InlineData(0, 2, false)]
    [InlineData(0, 1, true)]
    public void MinSupport_BelowTwoFragments_Removed(long split, long spanning, bool removed)
    {
        Assert.Equal(removed, new MinSupportFilter(2).Removes(With(Call(split: split, spanning: spanning), null, G("B", "1", '+', 1, 2))));
    }

    [Fact]
    public void Pseudogene_EitherPartner_Removed()
    {
        // Gene 7 is the pseudogene; a second gene sharing its symbol (index 8) is not: genes are judged by index.
        var filter = new PseudogeneFilter(new HashSet<int> { 7 });
        Assert.True(filter.Removes(With(Call(), G("BRAF", "7", '-', 1, 2, index: 1), G("BRAFP1", "X", '+', 1, 2, index: 7))));
        Assert.True(filter.Removes(With(Call(), G("BRAFP1", "X", '+', 1, 2, index: 7), G("BRAF", "7", '-', 1, 2, index: 1))));
        Assert.False(filter.Removes(With(Call(), G("BRAF", "7", '-', 1, 2, index: 1), G("BRAFP1", "X", '+', 1, 2, index: 8))));
        Assert.False(filter.Removes(With(Call(), G("ETV6", "12", '+', 1, 2, index: 2), G("NTRK3", "15", '-', 1, 2, index: 3))));
    }

    /// <summary>Partner-unknown candidates on one gene, one per 3' site (exon start i at position 1000 + i).</summary>
    private static List<FusionCandidate> Sites(string gene, int index, params long[] support) =>
        [.. support.Select((n, i) => Call(".", gene, split: n, spanning: 0, exact1: false, gene2: G(gene, "15", '-', 1, 2, index)) is var c
            ? c with { Call = c.Call with { Break2 = new JunctionSide("t", null, 10 * i, new GenomicPosition("15", 1000 + i, Strand.Minus, null), i + 2, JunctionSite.SpliceSite) } }
            : c)];

    [Fact]
    public void NovelBackground_PreMrnaAtEveryExon_AllRemovedWithTheirBackground()
    {
        // 16 exon starts, reads at every one (30, 10, 9, 11 and twelve of 10). 30 vs the other 15: median 10, 30 >= 3 x 10;
        // mean 10, P(X >= 30 | 10) = 2.5e-7 (R: ppois(29, 10, lower.tail = FALSE)) < 0.001 / 16: kept.
        // 11 vs the others (median 10): 11 < 30, removed; likewise every other site.
        var calls = Sites("NTRK3", 0, [30, 10, 9, 11, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
        var filter = new NovelBackgroundFilter();
        filter.Observe(calls, _ => 16);
        Assert.Equal([false, .. Enumerable.Repeat(true, 15)], calls.Select(filter.Removes));
        var verdict = filter.Verdict(calls[3]);
        Assert.Equal((16, 10.0), (verdict.Against!.ExonStarts, verdict.Against.Median));
    }

    [Fact]
    public void NovelBackground_TwoFusionsOnOneGene_BothKept()
    {
        // The defect of issue 9: two partner-unknown NTRK1 fusions with 66 and 81 reads, no other site among 16 exon starts.
        // Others of 66: [81, 0 x 14], median 0, mean 81/15 = 5.4, P(X >= 66 | 5.4) ~ 1e-45: far above noise. Same for 81.
        var calls = Sites("NTRK1", 0, [66, 81]);
        var filter = new NovelBackgroundFilter();
        filter.Observe(calls, _ => 16);
        Assert.Equal([false, false], calls.Select(filter.Removes));
    }

    [Fact]
    public void NovelBackground_SparsePreMrna_RemovedAsNoise()
    {
        // 3 reads at one of 20 exon starts while 5 others have 2 each: median of the other 19 is 0, but the mean is 10/19 = 0.53
        // and P(X >= 3 | 0.53) = 0.0165 (R: ppois(2, 10/19, lower.tail = FALSE)) is not below 0.001 / 20: noise, removed.
        var calls = Sites("ROS1", 0, [3, 2, 2, 2, 2, 2]);
        var filter = new NovelBackgroundFilter();
        filter.Observe(calls, _ => 20);
        Assert.True(filter.Removes(calls[0]));
        Assert.Equal(0.0165, filter.Verdict(calls[0]).Against!.TailProbability, 4);
    }

    [Fact]
    public void NovelBackground_OnlySiteOfItsGene_KeptWhenAboveNoise()
    {
        var calls = Sites("ALK", 0, [3]);
        var filter = new NovelBackgroundFilter();
        filter.Observe([.. calls, Call("EML4", "ALK")], _ => 28);
        Assert.False(filter.Removes(With(calls[0], null, G("ALK", "15", '-', 1, 2))));
    }

    [Fact]
    public void NovelBackground_TwoGenesSharingASymbol_JudgedApart()
    {
        // Gene 0 "NTRK3" has sites with 30 and 9 reads among 4 exon starts, gene 1 (also "NTRK3") one site with 10.
        // Gene 0: 9 vs others [30, 0, 0], median 0, mean 10, P(X >= 9 | 10) = 0.67: removed. Gene 1's 10 stands alone: kept.
        var calls = Sites("NTRK3", 0, [30, 9]).Concat(Sites("NTRK3", 1, [10])).ToList();
        var filter = new NovelBackgroundFilter();
        filter.Observe(calls, _ => 4);
        Assert.Equal([false, true, false], calls.Select(filter.Removes));
    }

    [Theory]
    [InlineData(30, 10.0, 2.51e-7)] // R: ppois(29, 10, lower.tail = FALSE) = 2.51e-07
    [InlineData(3, 0.5, 0.01438768)] // R: ppois(2, 0.5, lower.tail = FALSE)
    [InlineData(1, 2.0, 0.8646647)] // 1 - exp(-2)
    [InlineData(0, 2.0, 1.0)]
    public void Background_PoissonUpperTail_MatchesR(long k, double lambda, double expected)
    {
        Assert.Equal(expected, Background.PoissonUpperTail(k, lambda), expected * 1e-3 + 1e-12);
    }

    [Theory]
    [InlineData("TGAAAGCCATTAACTGGCCATACAATTATGTTTTTTAG", true)] // ROS1 intron end (simulated pre-mRNA): 67 % C/T, AG
    [InlineData("GGCCTGTCTGCTCTTCCCACCAG", true)] // RET intron end: 80 %
    [InlineData("ACGCCATGCCCATTGGGAGAATAGCAG", false)] // ETV6 exon 5 end (real partner): 33 %
    [InlineData("TTTTTTTTTTTTTTTTTTTTGA", false)] // not ending in AG
    [InlineData("CTTCTTCTTAG", false)] // too short to judge
    [InlineData("GAAAAAAACTTCTTCTAG", false)] // 15 bases before AG: 8 C/T = 53 %
    [InlineData("GAAAAAACTTCTTCTTAG", true)] // 9 C/T = 60 %
    public void SpliceAcceptor_PolypyrimidineTractThenAG(string partner, bool acceptor)
    {
        Assert.Equal(acceptor, SpliceAcceptorFilter.LooksLikeAcceptor(partner));
    }

    [Fact]
    public void SpliceAcceptor_OnlyPartnerUnknownCalls()
    {
        var f = new SpliceAcceptorFilter();
        var intronLike = "TGAAAGCCATTAACTGGCCATACAATTATGTTTTTTAG|ATG";
        Assert.True(f.Removes(With(Call(".", "ROS1", exact1: false, transcript: intronLike), null, G("ROS1", "6", '-', 1, 2))));
        Assert.False(f.Removes(With(Call("CD74", "ROS1", transcript: intronLike), G("CD74", "5", '-', 1, 2), G("ROS1", "6", '-', 1, 2))));
    }

    [Theory]
    // Junctions trek called between Alu copies in panel UTRs on 2M simulated pairs (docs/benchmarks.md).
    [InlineData("GTGCCTGTAATTCCAGCTATTCAGGAGGCTGAGGCAGGAGAATCACTTGAACCTGGGAGG|TTGCAGTGAGCCAAGATCACACCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCTGT", true)]
    [InlineData("AGGTCAGGAATTCCAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATA|AAAAATTAGCTGGGTGTGGTGGCATGTGCCTGTAGTCCCAGCTACTCGGGAGGTTGAAGC", true)]
    // ETV6 exon 5 | NTRK3 exon 15 (the spike-in's real junction): neither side is a repeat.
    [InlineData("ACATCATGGTCTCTGTCTCCCCGCCTGAAGAGCACGCCATGCCCATTGGGAGAATAGCAG|ATGTGCAGCACATTAAGAGGAGAGACATCGTGCTGAAGCGAGAACTGGGTGAGGGAGCCT", false)]
    // Only one side Alu: kept (a real fusion can break next to a repeat).
    [InlineData("ACATCATGGTCTCTGTCTCCCCGCCTGAAGAGCACGCCATGCCCATTGGGAGAATAGCAG|TTGCAGTGAGCCAAGATCACACCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCTGT", false)]
    public void Repeat_BothSidesAlu_Removed(string junction, bool removed)
    {
        var filter = new RepeatFilter(null);
        Assert.Equal(removed, filter.Removes(With(Call(transcript: junction), G("A", "1", '+', 1, 2), G("B", "2", '+', 1, 2))));
    }

    [Fact]
    public void AluConsensus_ReverseStrandAndRandomSequence()
    {
        static byte[] Codes(string s) => s.Select(c => (byte)"ACGT".IndexOf(c)).ToArray();

        // The consensus' own first 30 bases, reverse-complemented: identity 1 on the other strand.
        Assert.Equal(1.0, AluConsensus.Identity(Codes(Trek.Core.Sequences.Dna.ReverseComplement("GGCCGGGCGCGGTGGCTCACGCCTGTAATC"))));
        Assert.True(AluConsensus.Identity(Codes("ATGTGCAGCACATTAAGAGGAGAGACATCG")) < 0.75);
    }

    [Theory]
    [InlineData(2, 1, JunctionSite.SpliceSite, JunctionSite.SpliceSite, true, Confidence.High)]
    [InlineData(2, 0, JunctionSite.SpliceSite, JunctionSite.SpliceSite, true, Confidence.Medium)] // 2 fragments: one short of high
    [InlineData(1, 2, JunctionSite.SpliceSite, JunctionSite.SpliceSite, true, Confidence.Medium)] // 1 split read: one short of high
    [InlineData(3, 0, JunctionSite.SpliceSite, JunctionSite.SpliceSite, false, Confidence.Medium)] // no large anchor
    [InlineData(3, 0, JunctionSite.Exon, JunctionSite.SpliceSite, true, Confidence.Medium)] // one side off a splice site
    [InlineData(4, 2, JunctionSite.Exon, JunctionSite.Exon, true, Confidence.Low)] // both sides inside exons, < 5 split reads
    [InlineData(5, 1, JunctionSite.Exon, JunctionSite.Exon, true, Confidence.Low)] // both sides inside exons, < 2 spanning pairs
    [InlineData(19, 0, JunctionSite.Exon, JunctionSite.Exon, true, Confidence.Low)] // repeat chimera: many split reads, no pair
    [InlineData(5, 2, JunctionSite.Exon, JunctionSite.Exon, true, Confidence.Medium)]
    [InlineData(1, 0, JunctionSite.SpliceSite, JunctionSite.SpliceSite, false, Confidence.Low)]
    public void Confidence_Edges(long split, long spanning, JunctionSite site1, JunctionSite site2, bool largeAnchor, Confidence expected)
    {
        Assert.Equal(expected, ConfidenceRule.Assess(Call(split: split, spanning: spanning, site1: site1, site2: site2, largeAnchor: largeAnchor), new FusionOptions()));
    }

    [Theory]
    [InlineData(0, 3, Confidence.Medium)] // spanning pairs only: no exact breakpoint, at most medium
    [InlineData(0, 2, Confidence.Low)]
    public void Confidence_SpanningOnly_AtMostMedium(long split, long spanning, Confidence expected)
    {
        Assert.Equal(expected, ConfidenceRule.Assess(Call(split: split, spanning: spanning, site1: JunctionSite.Unknown, site2: JunctionSite.Unknown, exact1: false), new FusionOptions()));
    }

    [Theory]
    [InlineData(3, true, Confidence.Medium)] // partner unknown: never high
    [InlineData(2, true, Confidence.Low)]
    [InlineData(5, false, Confidence.Low)]
    public void Confidence_PartnerUnknown_AtMostMedium(long split, bool largeAnchor, Confidence expected)
    {
        Assert.Equal(expected, ConfidenceRule.Assess(Call(".", "NTRK3", split: split, spanning: 0, site1: JunctionSite.Unknown, exact1: false, largeAnchor: largeAnchor), new FusionOptions()));
    }

    [Theory]
    [InlineData(6, 4, Confidence.Medium)] // EML4::ALK in the spike-ins: partner from pairs, 3' break from reads
    [InlineData(1, 2, Confidence.Low)] // a single read at the 3' break is not enough
    public void Confidence_PartnerFromSpanningPairs_NeedsTwoSplitReads(long split, long spanning, Confidence expected)
    {
        Assert.Equal(expected, ConfidenceRule.Assess(Call("EML4", "ALK", split: split, spanning: spanning, site1: JunctionSite.Unknown, exact1: false), new FusionOptions()));
    }
}
