using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Filters;

namespace Trek.Fusion.Tests.Filters;

public sealed class FilterTests
{
    private static FusionCall Call(string g1 = "A", string g2 = "B", long split = 3, long spanning = 1, string site1 = "splice-site", string site2 = "splice-site",
        bool largeAnchor = true, string bp1 = "1:100:+", string transcript = "ACGTTGCAAGCTTAGCCGATACGT|TTGACCGATGCATCGGATCCAGTA") => new()
    {
        Gene1 = g1,
        Gene2 = g2,
        Breakpoint1 = bp1,
        Breakpoint2 = "1:200:+",
        Transcript1 = "t1",
        Transcript2 = "t2",
        Exon1 = "1",
        Exon2 = "2",
        Site1 = site1,
        Site2 = site2,
        SplitReads = split,
        SpanningPairs = spanning,
        Ffpm = 0,
        ReadingFrame = ".",
        KinaseDomainRetained = ".",
        LargeAnchorSupport = largeAnchor,
        Homology = 0,
        FusionTranscript = transcript,
    };

    private static Gene G(string name, string chrom, char strand, long start, long end) => new(0, name, name, chrom, strand, start, end);

    [Theory]
    [InlineData('+', 1000, 2000, 50_000, 60_000, true)] // A upstream of B, 48 kb apart, same strand
    [InlineData('+', 1000, 2000, 102_000, 110_000, true)] // exactly 100 kb: still a neighbour
    [InlineData('+', 1000, 2000, 102_001, 110_000, false)] // 100,001 bp: beyond --read-through distance
    [InlineData('+', 50_000, 60_000, 1000, 2000, false)] // B upstream of A: not read-through order
    [InlineData('-', 50_000, 60_000, 1000, 2000, true)] // minus strand: transcription runs towards lower coordinates
    public void ReadThrough_NeighboursInTranscriptionOrder_Removed(char strand, long aStart, long aEnd, long bStart, long bEnd, bool removed)
    {
        var filter = new ReadThroughFilter(100_000);
        var input = new FilterInput(Call(), G("A", "1", strand, aStart, aEnd), G("B", "1", strand, bStart, bEnd), 0);
        Assert.Equal(removed, filter.Removes(input));
    }

    [Fact]
    public void ReadThrough_OppositeStrandsOrChromosomes_Kept()
    {
        var filter = new ReadThroughFilter(100_000);
        Assert.False(filter.Removes(new FilterInput(Call(), G("A", "1", '+', 1000, 2000), G("B", "1", '-', 5000, 6000), 0)));
        Assert.False(filter.Removes(new FilterInput(Call(), G("A", "1", '+', 1000, 2000), G("B", "2", '+', 5000, 6000), 0)));
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
        Assert.Equal(removed, new MinSupportFilter(2).Removes(new FilterInput(Call(split: split, spanning: spanning), null, G("B", "1", '+', 1, 2), 0)));
    }

    [Fact]
    public void Pseudogene_EitherPartner_Removed()
    {
        var filter = new PseudogeneFilter(new HashSet<string> { "BRAFP1" });
        Assert.True(filter.Removes(new FilterInput(Call("BRAF", "BRAFP1"), G("BRAF", "7", '-', 1, 2), G("BRAFP1", "X", '+', 1, 2), 0)));
        Assert.False(filter.Removes(new FilterInput(Call("ETV6", "NTRK3"), G("ETV6", "12", '+', 1, 2), G("NTRK3", "15", '-', 1, 2), 0)));
    }

    [Fact]
    public void NovelBackground_SiteThreeTimesTheMedianOfTheOthers_Kept()
    {
        // NTRK3 sites with 30, 10, 9, 11 reads: 30 >= 3 x median(10, 9, 11) = 30, kept; 10 < 3 x median(30, 9, 11) = 33, removed.
        var calls = new[] { 30L, 10, 9, 11 }.Select(n => Call(".", "NTRK3", split: n, spanning: 0, bp1: ".")).ToList();
        var filter = new NovelBackgroundFilter();
        filter.Observe(calls);
        Assert.Equal([false, true, true, true], calls.Select(c => filter.Removes(new FilterInput(c, null, G("NTRK3", "15", '-', 1, 2), 0))));
    }

    [Fact]
    public void NovelBackground_OnlySiteOfItsGene_Kept()
    {
        var call = Call(".", "ALK", split: 3, spanning: 0, bp1: ".");
        var filter = new NovelBackgroundFilter();
        filter.Observe([call, Call("EML4", "ALK")]);
        Assert.False(filter.Removes(new FilterInput(call, null, G("ALK", "2", '-', 1, 2), 0)));
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
        Assert.True(f.Removes(new FilterInput(Call(".", "ROS1", bp1: ".", transcript: intronLike), null, G("ROS1", "6", '-', 1, 2), 0)));
        Assert.False(f.Removes(new FilterInput(Call("CD74", "ROS1", transcript: intronLike), G("CD74", "5", '-', 1, 2), G("ROS1", "6", '-', 1, 2), 0)));
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
        var filter = new RepeatFilter(null, _ => 0);
        Assert.Equal(removed, filter.Removes(new FilterInput(Call(transcript: junction), G("A", "1", '+', 1, 2), G("B", "2", '+', 1, 2), 0)));
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
    [InlineData(2, 1, "splice-site", "splice-site", true, "high")]
    [InlineData(2, 0, "splice-site", "splice-site", true, "medium")] // 2 fragments: one short of high
    [InlineData(1, 2, "splice-site", "splice-site", true, "medium")] // 1 split read: one short of high
    [InlineData(3, 0, "splice-site", "splice-site", false, "medium")] // no large anchor
    [InlineData(3, 0, "exon", "splice-site", true, "medium")] // one side off a splice site
    [InlineData(4, 2, "exon", "exon", true, "low")] // both sides inside exons, < 5 split reads
    [InlineData(5, 1, "exon", "exon", true, "low")] // both sides inside exons, < 2 spanning pairs
    [InlineData(19, 0, "exon", "exon", true, "low")] // repeat chimera: many split reads, no pair
    [InlineData(5, 2, "exon", "exon", true, "medium")]
    [InlineData(1, 0, "splice-site", "splice-site", false, "low")]
    public void Confidence_Edges(long split, long spanning, string site1, string site2, bool largeAnchor, string expected)
    {
        Assert.Equal(expected, ConfidenceRule.Assess(Call(split: split, spanning: spanning, site1: site1, site2: site2, largeAnchor: largeAnchor), new FusionOptions()));
    }

    [Theory]
    [InlineData(0, 3, "medium")] // spanning pairs only: no exact breakpoint, at most medium
    [InlineData(0, 2, "low")]
    public void Confidence_SpanningOnly_AtMostMedium(long split, long spanning, string expected)
    {
        Assert.Equal(expected, ConfidenceRule.Assess(Call(split: split, spanning: spanning, site1: ".", site2: ".", bp1: "."), new FusionOptions()));
    }

    [Theory]
    [InlineData(3, true, "medium")] // partner unknown: never high
    [InlineData(2, true, "low")]
    [InlineData(5, false, "low")]
    public void Confidence_PartnerUnknown_AtMostMedium(long split, bool largeAnchor, string expected)
    {
        Assert.Equal(expected, ConfidenceRule.Assess(Call(".", "NTRK3", split: split, spanning: 0, site1: ".", bp1: ".", largeAnchor: largeAnchor), new FusionOptions()));
    }

    [Theory]
    [InlineData(6, 4, "medium")] // EML4::ALK in the spike-ins: partner from pairs, 3' break from reads
    [InlineData(1, 2, "low")] // a single read at the 3' break is not enough
    public void Confidence_PartnerFromSpanningPairs_NeedsTwoSplitReads(long split, long spanning, string expected)
    {
        Assert.Equal(expected, ConfidenceRule.Assess(Call("EML4", "ALK", split: split, spanning: spanning, site1: ".", bp1: "."), new FusionOptions()));
    }
}
