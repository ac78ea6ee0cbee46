using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>
/// Which 15-mers of the indexed transcripts occur in more than one gene. Copies of a repeat (Alu in
/// UTRs) differ by 10-20 %, too much to share 31-mers but enough to share many 15-mers; a junction
/// whose both sides are made of such 15-mers joins two repeat copies, not two genes. Built once by
/// `trek index` and stored in the index (it was rebuilt from every 15-mer on every run, about 1 GB
/// transient at the cap), only for references up to 50 Mb of transcript sequence (panels); larger
/// ones store an empty map and the filter falls back to the Alu check alone.
/// Stored as two sorted arrays (15-mer, owning gene or <see cref="Shared"/>), searched by bisection:
/// the filter asks about a few hundred 15-mers per run.
/// </summary>
public sealed class RepeatMap
{
    public const int K = 15;
    public const long MaxBases = 50_000_000;
    internal const int Shared = -1;

    internal RepeatMap(int[] kmers, int[] genes, bool built)
    {
        Kmers = kmers;
        Genes = genes;
        Built = built;
    }

    /// <summary>False when the reference was too large to map (the filter then uses the Alu consensus only).</summary>
    public bool Built { get; }

    /// <summary>Canonical 15-mers (2 bits a base, so they fit an int), ascending, distinct.</summary>
    internal int[] Kmers { get; }

    /// <summary>The gene index owning each 15-mer, or <see cref="Shared"/> when two or more genes have it.</summary>
    internal int[] Genes { get; }

    public static RepeatMap Build(IReadOnlyList<Transcript> transcripts)
    {
        if (transcripts.Sum(t => (long)t.Length) > MaxBases)
        {
            return new RepeatMap([], [], built: false);
        }

        // (15-mer << 32 | gene) pairs, sorted: equal 15-mers become adjacent, then one pass assigns owners.
        var pairs = new long[transcripts.Sum(t => (long)Math.Max(0, t.Length - K + 1))];
        var n = 0;
        foreach (var t in transcripts)
        {
            for (var p = 0; p + K <= t.Length; p++)
            {
                if (Kmer.TryCanonical(t.Codes, p, K, out var kmer, out _))
                {
                    pairs[n++] = ((long)kmer << 32) | (uint)t.Gene;
                }
            }
        }

        Array.Sort(pairs, 0, n);
        var kmers = new List<int>();
        var genes = new List<int>();
        for (var i = 0; i < n;)
        {
            var key = (int)(pairs[i] >> 32);
            var gene = (int)(uint)pairs[i];
            var j = i + 1;
            while (j < n && (int)(pairs[j] >> 32) == key)
            {
                if ((int)(uint)pairs[j] != gene)
                {
                    gene = Shared;
                }

                j++;
            }

            kmers.Add(key);
            genes.Add(gene);
            i = j;
        }

        return new RepeatMap([.. kmers], [.. genes], built: true);
    }

    /// <summary>Fraction of the 15-mers of <paramref name="codes"/> that also occur in a gene other than <paramref name="gene"/>.</summary>
    public double SharedFraction(ReadOnlySpan<byte> codes, int gene)
    {
        var total = 0;
        var shared = 0;
        for (var p = 0; p + K <= codes.Length; p++)
        {
            if (!Kmer.TryCanonical(codes, p, K, out var kmer, out _))
            {
                continue;
            }

            total++;
            var at = Array.BinarySearch(Kmers, (int)kmer);
            if (at >= 0 && Genes[at] != gene)
            {
                shared++;
            }
        }

        return total == 0 ? 0 : (double)shared / total;
    }
}
