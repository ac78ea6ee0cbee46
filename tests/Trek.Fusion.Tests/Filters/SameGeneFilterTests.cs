using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Filters;

namespace Trek.Fusion.Tests.Filters;

/// <summary>
/// same_gene: a partner-unknown call whose partner is the 3' gene's own RNA upstream of the break is splicing of that
/// gene, not a fusion. Hand-made gene B: one transcript of two 50-base exons, on the genome at 1001-1050 and 2001-2050
/// (plus strand) or 2050-2001 and 1050-1001 (minus strand); the break is the first base of exon 2 (transcript
/// position 50). Expected values worked out by hand from those coordinates.
/// </summary>
public sealed class SameGeneFilterTests
{
    // 100 bases without a repeated 10-mer (written out so that every seed of the partner has one place only).
    private const string Bases = "ACGTTGCAAGCTTAGCCGATACGTTTGACCGATGCATCGGATCCAGTACCATGGTACTGACTAGGCATCGATTCGAACGGTCATACGAGCTCAGTTAGG";

    [Theory]
    [InlineData(10, 40, true)]  // exon 1, 30 bases ending at transcript 39 = genome 1040 < 2001: upstream, the gene's own splicing
    [InlineData(21, 41, true)]  // 20 bases: the shortest match PartnerMatcher accepts
    [InlineData(22, 41, false)] // 19 bases: too short to say where it comes from; kept
    [InlineData(60, 90, false)] // exon 2, downstream of the break (a duplication would look so): a rearrangement, kept
    public void Removes_PartnerFromOwnGene_OnlyUpstream(int from, int to, bool removed)
    {
        var (filter, gene) = Gene(Strand.Plus);
        var verdict = filter.Verdict(Candidate(gene, Bases[from..to], 2001, Strand.Plus));
        Assert.Equal(removed, verdict is not null);
        if (removed)
        {
            Assert.Equal(to - 1, verdict!.Value.SameGene!.LastBase);
        }
    }

    [Theory]
    [InlineData(10, 40, true)]  // minus strand: exon 1 lies at 2050-2001, its base 39 at 2050 - 39 = 2011 > 1050 (the break): upstream
    [InlineData(60, 90, false)]
    public void Removes_MinusStrand_UpstreamIsHigherCoordinate(int from, int to, bool removed)
    {
        var (filter, gene) = Gene(Strand.Minus);
        Assert.Equal(removed, filter.Removes(Candidate(gene, Bases[from..to], 1050, Strand.Minus)));
    }

    [Fact]
    public void Removes_UnrelatedPartnerOrNamedCall_Kept()
    {
        var (filter, gene) = Gene(Strand.Plus);
        Assert.False(filter.Removes(Candidate(gene, "TTTTGGGGCCCCAAAATTTTGGGGCCCCAAAA", 2001, Strand.Plus)));
        var named = Candidate(gene, Bases[10..40], 2001, Strand.Plus);
        named = named with { Call = named.Call with { Gene1 = new Gene(1, "A", "A", "1", Strand.Plus, 1, 2) } };
        Assert.False(filter.Removes(named));
    }

    private static (SameGeneFilter Filter, Gene Gene) Gene(Strand strand)
    {
        Exon[] exons = strand == Strand.Plus
            ? [new Exon(1, 0, 50, 1001, 1050, 0), new Exon(2, 50, 100, 2001, 2050, 0)]
            : [new Exon(1, 0, 50, 2001, 2050, 0), new Exon(2, 50, 100, 1001, 1050, 0)];
        var t = new Transcript
        {
            Index = 0, Id = "tB", Gene = 0, Chrom = "1", Strand = strand, Biotype = "protein_coding", Rank = 0,
            Codes = Codes(Bases), Exons = exons,
        };
        var gene = new Gene(0, "B", "B", "1", strand, 1001, 2050);
        return (new SameGeneFilter(new Dictionary<int, IReadOnlyList<Transcript>> { [0] = [t] }), gene);
    }

    private static FusionCandidate Candidate(Gene gene, string partner, long breakPosition, Strand strand) => new(
        new FusionCall
        {
            Gene1 = null,
            Gene2 = gene,
            Break1 = null,
            Break2 = new JunctionSide("tB", null, 50, new GenomicPosition("1", breakPosition, strand, null), 2, JunctionSite.SpliceSite),
            SplitReads = 12,
            SpanningPairs = 0,
            Ffpm = 0,
            Frame = ReadingFrame.Unknown,
            KinaseDomain = DomainRetention.Unknown,
            LargeAnchorSupport = true,
            Homology = 0,
            Junction = new JunctionSequence(partner, Bases[50..80]),
            Partner = new PartnerContig(Codes(partner), [1UL]),
        },
        0);

    private static byte[] Codes(string bases)
    {
        var codes = new byte[bases.Length];
        Dna.Encode(Encoding.ASCII.GetBytes(bases), codes);
        return codes;
    }
}
