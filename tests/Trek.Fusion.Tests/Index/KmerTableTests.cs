using Trek.Fusion.Index;
using static Trek.Fusion.Tests.Index.HandMadeIndex;

namespace Trek.Fusion.Tests.Index;

/// <summary>
/// The k-mer table (open addressing, canonical 2-bit k-mers) on transcripts written by hand. A k-mer's value is
/// its bases read as a base-4 number, A=0 C=1 G=2 T=3; its canonical form is the smaller of itself and its
/// reverse complement.
/// </summary>
public sealed class KmerTableTests
{
    private static readonly OccurrenceBuffer Buffer = new();

    [Theory]
    // ACGTT = 0,1,2,3,3 = 64+32+12+3 = 111; its reverse complement AACGT = 0,0,1,2,3 = 16+8+3 = 27 < 111: flipped.
    [InlineData("ACGTT", 27UL, true)]
    [InlineData("AACGT", 27UL, false)]
    // CCCCC = 256+64+16+4+1 = 341; GGGGG = 2 * 341 = 682.
    [InlineData("CCCCC", 341UL, false)]
    [InlineData("GGGGG", 341UL, true)]
    // GGGGA = 512+128+32+8+0 = 680; TCCCC = 768+64+16+4+1 = 853.
    [InlineData("GGGGA", 680UL, false)]
    // TTTTT = 1023; AAAAA = 0 (a canonical value of 0 must still be storable: the table marks slots with bit 63).
    [InlineData("TTTTT", 0UL, true)]
    public void TryCanonical_FiveMers_ValuesComputedByHand(string bases, ulong canonical, bool flipped)
    {
        Assert.True(Kmer.TryCanonical(Codes(bases), 0, 5, out var value, out var isFlipped));
        Assert.Equal((canonical, flipped), (value, isFlipped));
    }

    [Fact]
    public void TryCanonical_NInside_False()
    {
        Assert.False(Kmer.TryCanonical(Codes("ACNTT"), 0, 5, out _, out _));
    }

    [Fact]
    public void Find_HandMadeTranscripts_OccurrencesAndSharingComputedByHand()
    {
        // T0 (gene 0) AACGTT: 5-mers AACGT at 0 (canonical 27, forward) and ACGTT at 1 (canonical 27, flipped).
        // T1 (gene 1) CCCCC: 341 at 0, forward. T2 (gene 2) GGGGGA: GGGGG at 0 (341, flipped), GGGGA at 1 (680, forward).
        var table = KmerTable.Build([Transcript(0, 0, "AACGTT"), Transcript(1, 1, "CCCCC"), Transcript(2, 2, "GGGGGA")], 5);

        Assert.Equal(3, table.DistinctKmers);

        // Both strands of one gene fold into one k-mer with two occurrences, not shared (one gene).
        Assert.Equal([Occurrence.Pack(0, 0, false), Occurrence.Pack(0, 1, true)], table.Find(27, Buffer, out var shared27).ToArray());
        Assert.False(shared27);

        // CCCCC of gene 1 and GGGGG of gene 2 are one canonical k-mer: shared between genes.
        Assert.Equal([Occurrence.Pack(1, 0, false), Occurrence.Pack(2, 0, true)], table.Find(341, Buffer, out var shared341).ToArray());
        Assert.True(shared341);

        Assert.Equal([Occurrence.Pack(2, 1, false)], table.Find(680, Buffer).ToArray());

        // Absent: AAAAA (0), ACGTA (0,1,2,3,0 = 64+32+12 = 108), and the largest 5-mer value.
        Assert.True(table.Find(0, Buffer).IsEmpty);
        Assert.True(table.Find(108, Buffer).IsEmpty);
        Assert.True(table.Find(1023, Buffer).IsEmpty);
    }

    [Fact]
    public void Occurrence_PackUnpack_RoundTrips()
    {
        // transcript 7 in the high 32 bits, position 12345 shifted left by one, the flip in bit 0.
        var occ = Occurrence.Pack(7, 12345, true);
        Assert.Equal((7UL << 32) | (12345UL << 1) | 1UL, occ);
        Assert.Equal((7, 12345, true), (Occurrence.Transcript(occ), Occurrence.Position(occ), Occurrence.Flipped(occ)));
    }

    [Fact]
    public void Find_EveryCanonicalSevenMer_MatchesABruteForceDictionary()
    {
        // Three transcripts of two genes, random bases from a fixed seed with an N in each, so many of the 8,192
        // canonical 7-mers are present (a few in both genes) and the rest absent. At a load of about 0.8,
        // linear probing must both place colliding k-mers and stop at the first empty slot for absent ones.
        var rng = new Random(8);
        string Random(int n) => new([.. Enumerable.Range(0, n).Select(_ => "ACGT"[rng.Next(4)])]);
        var shared = Random(40);
        var t0 = Random(500) + "N" + shared + Random(300);
        var t1 = Random(200) + "N" + Random(200);
        var t2 = Random(250) + shared + "N" + Random(250);
        var transcripts = new[] { Transcript(0, 0, t0), Transcript(1, 0, t1), Transcript(2, 1, t2) };
        var table = KmerTable.Build(transcripts, 7);
        var expected = BruteForce(transcripts.Select(t => (t.Index, t.Gene, Text: Decode(t.Codes))).ToList(), 7);

        var present = 0;
        var sharedSeen = 0;
        for (ulong v = 0; v < 1 << 14; v++)
        {
            if (v != Math.Min(v, ReverseComplementValue(v, 7)))
            {
                continue; // not canonical: never looked up
            }

            var found = table.Find(v, Buffer, out var isShared).ToArray();
            if (expected.TryGetValue(v, out var list))
            {
                present++;
                Assert.Equal(list.Select(o => o.Occ).Order().ToArray(), found);
                var genes = list.Select(o => o.Gene).Distinct().Count();
                Assert.Equal(genes > 1, isShared);
                sharedSeen += genes > 1 ? 1 : 0;
            }
            else
            {
                Assert.Empty(found);
            }
        }

        Assert.Equal(expected.Count, present);
        Assert.Equal(present, table.DistinctKmers);
        Assert.True(sharedSeen >= 30, $"the 40-base stretch in both genes gives 34 shared 7-mers, minus chance repeats; saw {sharedSeen}");
        Assert.True(Displaced(table) > 0, "no k-mer was displaced from its home slot: the probing path was not exercised");
    }

    /// <summary>Occurrences by canonical value, computed with strings: the k-mer and its reverse complement as base-4 numbers.</summary>
    private static Dictionary<ulong, List<(ulong Occ, int Gene)>> BruteForce(List<(int Index, int Gene, string Text)> transcripts, int k)
    {
        var map = new Dictionary<ulong, List<(ulong, int)>>();
        foreach (var (index, gene, text) in transcripts)
        {
            for (var p = 0; p + k <= text.Length; p++)
            {
                var kmer = text.Substring(p, k);
                if (kmer.Contains('N'))
                {
                    continue;
                }

                var rc = new string([.. kmer.Reverse().Select(c => "TGCA"["ACGT".IndexOf(c)])]);
                ulong fwd = Value(kmer), rev = Value(rc);
                var key = Math.Min(fwd, rev);
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add((Occurrence.Pack(index, p, rev < fwd), gene));
            }
        }

        return map;
    }

    private static ulong Value(string kmer) => kmer.Aggregate(0UL, (v, c) => (v * 4) + (ulong)"ACGT".IndexOf(c));

    private static ulong ReverseComplementValue(ulong v, int k)
    {
        ulong rc = 0;
        for (var i = 0; i < k; i++)
        {
            rc = (rc * 4) + (3 - (v & 3));
            v >>= 2;
        }

        return rc;
    }

    private static string Decode(byte[] codes) => new([.. codes.Select(c => "ACGTN"[c])]);

    /// <summary>How many stored k-mers do not sit in their home slot (the mixed hash scaled to the table size: its high 64 bits of hash * size).</summary>
    private static int Displaced(KmerTable table)
    {
        var keys = table.Keys.ToArray();
        var displaced = 0;
        for (var s = 0; s < keys.Length; s++)
        {
            var stored = keys[s];
            if (stored != 0 && (int)(((UInt128)KmerTable.Mix(stored & ~(1UL << 63)) * (ulong)keys.Length) >> 64) != s)
            {
                displaced++;
            }
        }

        return displaced;
    }
}
