using Trek.Core.Sequences;
using Trek.Fusion.Index;
using static Trek.Fusion.Tests.Index.HandMadeIndex;

namespace Trek.Fusion.Tests.Index;

/// <summary>
/// The repeat map: which 15-mers occur in more than one gene. S is 30 bases (16 15-mers, none repeated within S,
/// none containing 15 equal bases); gene 1 shares S's first 16 bases (2 15-mers) and adds 15 T, so its last
/// 15-mer is poly-T (canonical poly-A) and its 14 others straddle S and the T run.
/// </summary>
public sealed class RepeatMapTests
{
    private const string S = "GATTACAGATTACACCGTTAGCATGCAAGT";
    private static readonly string GeneOneTranscript = S[..16] + new string('T', 15);

    private static RepeatMap Map() => RepeatMap.Build([
        Transcript(0, 0, S),
        Transcript(1, 0, S[10..]),  // a second isoform of gene 0: its 15-mers are gene 0's, not shared
        Transcript(2, 1, GeneOneTranscript),
    ]);

    [Fact]
    public void Build_SmallReference_StoresOwnerOrShared()
    {
        var map = Map();
        Assert.True(map.Built);

        // Distinct canonical 15-mers: S's 16 (the isoform S[10..] adds none) + gene 1's 17 minus the 2 it shares = 31.
        Assert.Equal(31, map.Kmers.Length);
        var expectedShared = new[] { S[..15], S[1..16] }.Select(Canonical).ToHashSet();
        for (var i = 0; i < map.Kmers.Length; i++)
        {
            Assert.Equal(expectedShared.Contains(map.Kmers[i]) ? RepeatMap.Shared : OwnerByHand(map.Kmers[i]), map.Genes[i]);
        }

        Assert.Equal(map.Kmers.Order().ToArray(), map.Kmers);
        Assert.Equal(map.Kmers.Length, map.Kmers.Distinct().Count());
    }

    [Theory]
    // S against gene 0: 2 of its 16 15-mers are also in gene 1.
    [InlineData(S, 0, 2.0 / 16)]
    // S against gene 1: all 16 are in gene 0 (14 only there, 2 in both).
    [InlineData(S, 1, 1.0)]
    // Gene 1's poly-T stretch (16 T: two 15-mers, poly-T) is gene 1's own.
    [InlineData("TTTTTTTTTTTTTTTT", 1, 0.0)]
    [InlineData("TTTTTTTTTTTTTTTT", 0, 1.0)]
    // N skips the 15-mers it touches: only S[0..15] remains, and it is shared.
    [InlineData("NNNNGATTACAGATTACAC", 0, 1.0)]
    // Fewer than 15 bases, and a sequence in no gene: 0 (nothing to compare).
    [InlineData("GATTACAGATTACA", 1, 0.0)]
    [InlineData("CCCCCCCCCCCCCCCCCCCC", 0, 0.0)]
    public void SharedFraction_HandMadeReference_FractionComputedByHand(string bases, int gene, double expected)
    {
        Assert.Equal(expected, Map().SharedFraction(Codes(bases), gene), 12);
    }

    [Fact]
    public void SharedFraction_ReverseComplementOfSharedStretch_AlsoShared()
    {
        // The reverse complement of S[0..16] has the same two canonical 15-mers: both in genes 0 and 1.
        Assert.Equal(1.0, Map().SharedFraction(Codes(Dna.ReverseComplement(S[..16])), 0), 12);
    }

    [Fact]
    public void Build_ReferenceOverTheCap_EmptyMapAndFractionZero()
    {
        // 50,000,001 bases (one over RepeatMap.MaxBases, 50 Mb): not built; the filter falls back to the Alu check.
        var big = new Annotation.Transcript
        {
            Index = 0, Id = "T0", Gene = 0, Chrom = "chrT", Strand = Annotation.Strand.Plus, Biotype = "protein_coding", Rank = 3,
            Codes = new byte[RepeatMap.MaxBases + 1], Exons = [],
        };
        var map = RepeatMap.Build([big]);
        Assert.False(map.Built);
        Assert.Empty(map.Kmers);
        Assert.Equal(0.0, map.SharedFraction(Codes(S), 0));
    }

    /// <summary>The gene owning a 15-mer that is not shared: gene 0 when it is one of S's, else gene 1.</summary>
    private static int OwnerByHand(int kmer) =>
        Enumerable.Range(0, S.Length - 14).Any(p => Canonical(S.Substring(p, 15)) == kmer) ? 0 : 1;

    private static int Canonical(string bases)
    {
        Assert.True(Kmer.TryCanonical(Codes(bases), 0, 15, out var value, out _));
        return (int)value;
    }
}
