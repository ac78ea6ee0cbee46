using Trek.Core;
using Trek.Fusion.Annotation;
using Trek.Fusion.Index;
using Trek.Fusion.Tests.Data;
using static Trek.Fusion.Tests.Index.HandMadeIndex;

namespace Trek.Fusion.Tests.Index;

/// <summary>
/// Issue 14: the compact k-mer table (each k-mer stored once, other occurrences through runs of shared sequence)
/// must answer every lookup exactly as storing every occurrence did. The reference implementation is the brute-force
/// scan in <see cref="BruteForce"/>: every k-mer of every transcript, read from the bases as text, its canonical form
/// the smaller of the k-mer and its reverse complement as base-4 numbers, collected with (transcript, position, flipped)
/// and sorted, which is what format 4 stored per k-mer.
/// </summary>
public sealed class KmerLookupEquivalenceTests : IDisposable
{
    private readonly OccurrenceBuffer _buffer = new();
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Find_EveryKmerOfTheShippedExampleIndex_EqualsTheBruteForceScan()
    {
        var index = IndexBuilder.Build(TestPaths.SharedFile("pizzly_test", "transcripts.fasta.gz"), TestPaths.SharedFile("pizzly_test", "transcripts.gtf.gz"), null, 31, null, null);
        var checkedKmers = AssertEquivalent(index.Kmers, index.Transcripts);
        Assert.Equal(index.Kmers.DistinctKmers, checkedKmers);
        Assert.True(index.Kmers.Runs.Length > 0, "the example's isoforms share exons: their k-mers must be reached through runs");
    }

    [Fact]
    public void Find_IsoformsAntisenseAndRepeats_EqualsTheBruteForceScan()
    {
        var transcripts = Synthetic();
        var table = KmerTable.Build(transcripts, 31);
        Assert.Equal(AssertEquivalent(table, transcripts), table.DistinctKmers);

        // Shorter k: more chance repeats between unrelated sequence, so more short runs and more shared k-mers.
        var table15 = KmerTable.Build(transcripts, 15);
        Assert.Equal(AssertEquivalent(table15, transcripts), table15.DistinctKmers);
    }

    [Fact]
    public void Build_TwoIsoformsWithExonsSwapped_TwoRunsComputedByHand()
    {
        // T0 = X Y, T1 = Y X with X, Y 40 random bases each and k = 31: T1's 10 k-mers inside Y (positions 0-9) are
        // T0's 40-49, its 10 inside X (40-49) are T0's 0-9; the 30 k-mers across T1's own junction are new.
        var rng = new Random(14);
        var x = RandomBases(rng, 40);
        var y = RandomBases(rng, 40);
        var table = KmerTable.Build([Transcript(0, 0, x + y), Transcript(1, 0, y + x)], 31);
        Assert.Equal([new KmerRun(0, 0, 10, 1, 40, 0), new KmerRun(0, 40, 10, 1, 0, 0)], table.Runs);
        Assert.Equal(50 + 30, table.DistinctKmers);
    }

    [Fact]
    public void Build_AntisenseOverlap_OneReverseRunComputedByHand()
    {
        // T1 (another gene) holds the reverse complement of T0's bases 10-69: its k-mers 5-34 are T0's 39..10, reversed.
        var rng = new Random(15);
        var t0 = RandomBases(rng, 100);
        var t1 = RandomBases(rng, 5) + ReverseComplement(t0.Substring(10, 60)) + RandomBases(rng, 5);
        var table = KmerTable.Build([Transcript(0, 0, t0), Transcript(1, 1, t1)], 31);
        Assert.Equal([new KmerRun(0, 10, 30, 1, 5, 1)], table.Runs);
        var occurrences = table.Find(Canonical(t0.Substring(10, 31)), _buffer, out var shared).ToArray();
        Assert.Equal([Occurrence.Pack(0, 10, occurrences[0] % 2 == 1), Occurrence.Pack(1, 34, occurrences[0] % 2 == 0)], occurrences);
        Assert.True(shared);
    }

    [Fact]
    public void SaveLoad_MappedTable_AnswersEveryLookupAsTheBuiltOne()
    {
        var transcripts = Synthetic();
        var built = Build(31, [.. transcripts]);
        var dir = _temp.NewDir();
        IndexStore.Save(built, dir);
        using var loaded = IndexStore.Load(dir);
        Assert.Equal(built.Kmers.Size, loaded.Kmers.Size);
        Assert.Equal(built.Kmers.Runs, loaded.Kmers.Runs);
        Assert.Equal(AssertEquivalent(built.Kmers, transcripts), AssertEquivalent(loaded.Kmers, loaded.Transcripts));
    }

    /// <summary>
    /// Six transcripts of four genes: three isoforms sharing exons (A B C, A C, B C D), one antisense to part of C in
    /// another gene, one with a 50-base segment repeated and a poly-A stretch, one with an N, and one shorter than k.
    /// </summary>
    private static Transcript[] Synthetic()
    {
        var rng = new Random(1414);
        var (a, b, c, d) = (RandomBases(rng, 120), RandomBases(rng, 90), RandomBases(rng, 150), RandomBases(rng, 80));
        var repeat = RandomBases(rng, 50);
        return
        [
            Transcript(0, 0, a + b + c, 120, 90, 150),
            Transcript(1, 0, a + c, 120, 150),
            Transcript(2, 0, b + c + d, 90, 150, 80),
            Transcript(3, 1, RandomBases(rng, 20) + ReverseComplement(c[30..130]) + RandomBases(rng, 20)),
            Transcript(4, 2, RandomBases(rng, 40) + repeat + RandomBases(rng, 30) + repeat + new string('A', 45) + RandomBases(rng, 10) + a[..40]),
            Transcript(5, 3, RandomBases(rng, 60) + "N" + b + "N" + RandomBases(rng, 10)),
            Transcript(6, 3, RandomBases(rng, 20)),
        ];
    }

    /// <summary>Checks every k-mer of the brute-force scan, and as many absent ones; returns how many distinct k-mers were checked.</summary>
    private int AssertEquivalent(KmerTable table, IReadOnlyList<Transcript> transcripts)
    {
        var expected = BruteForce(transcripts, table.K);
        foreach (var (kmer, list) in expected)
        {
            var found = table.Find(kmer, _buffer, out var shared).ToArray();
            Assert.Equal(list.Select(o => o.Occ).Order().ToArray(), found);
            Assert.Equal(list.Select(o => o.Gene).Distinct().Count() > 1, shared);
        }

        var rng = new Random(7);
        var mask = (1UL << (2 * table.K)) - 1;
        for (var i = 0; i < expected.Count; i++)
        {
            var v = (ulong)rng.NextInt64() & mask;
            if (!expected.ContainsKey(v))
            {
                Assert.True(table.Find(v, _buffer).IsEmpty);
            }
        }

        return expected.Count;
    }

    /// <summary>The reference: occurrences by canonical value, computed from the bases as text (see the class summary).</summary>
    private static Dictionary<ulong, List<(ulong Occ, int Gene)>> BruteForce(IReadOnlyList<Transcript> transcripts, int k)
    {
        var map = new Dictionary<ulong, List<(ulong, int)>>();
        foreach (var t in transcripts)
        {
            var text = new string([.. t.Codes.Select(c => "ACGTN"[c])]);
            for (var p = 0; p + k <= text.Length; p++)
            {
                var kmer = text.Substring(p, k);
                if (kmer.Contains('N'))
                {
                    continue;
                }

                ulong fwd = Value(kmer), rev = Value(ReverseComplement(kmer));
                var key = Math.Min(fwd, rev);
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add((Occurrence.Pack(t.Index, p, rev < fwd), t.Gene));
            }
        }

        return map;
    }

    private static ulong Canonical(string kmer) => Math.Min(Value(kmer), Value(ReverseComplement(kmer)));

    private static ulong Value(string kmer) => kmer.Aggregate(0UL, (v, ch) => (v * 4) + (ulong)"ACGT".IndexOf(ch));

    private static string ReverseComplement(string bases) => new([.. bases.Reverse().Select(ch => "TGCA"["ACGT".IndexOf(ch)])]);

    private static string RandomBases(Random rng, int n) => new([.. Enumerable.Range(0, n).Select(_ => "ACGT"[rng.Next(4)])]);
}
