using System.Numerics;

namespace Trek.Fusion.Index;

/// <summary>
/// HyperLogLog count of distinct k-mers (Flajolet et al. 2007, "HyperLogLog: the analysis of a near-optimal
/// cardinality estimation algorithm", with its linear-counting correction for small sets): 2^14 one-byte
/// registers, standard error 1.04 / sqrt(2^14) = 0.8 %. Lets `trek index` size the k-mer table once, before
/// storing a single k-mer, without holding every k-mer.
/// </summary>
public sealed class DistinctEstimate
{
    private const int Bits = 14;
    private const int Registers = 1 << Bits;
    private readonly byte[] _registers = new byte[Registers];

    public void Add(ulong kmer)
    {
        var h = KmerTable.Mix(kmer);
        var index = (int)(h >> (64 - Bits));
        var rank = (byte)(BitOperations.LeadingZeroCount((h << Bits) | (1UL << (Bits - 1))) + 1);
        if (rank > _registers[index])
        {
            _registers[index] = rank;
        }
    }

    public long Estimate()
    {
        double sum = 0;
        var zeros = 0;
        foreach (var r in _registers)
        {
            sum += Math.ScaleB(1.0, -r);
            zeros += r == 0 ? 1 : 0;
        }

        const double alpha = 0.7213 / (1 + (1.079 / Registers));
        var raw = alpha * Registers * Registers / sum;
        if (raw <= 2.5 * Registers && zeros > 0)
        {
            raw = Registers * Math.Log((double)Registers / zeros);
        }

        return (long)Math.Round(raw);
    }

    /// <summary>Distinct canonical k-mers of <paramref name="transcripts"/>, estimated in one streaming pass.</summary>
    public static long Of(IReadOnlyList<Annotation.Transcript> transcripts, int k)
    {
        var hll = new DistinctEstimate();
        foreach (var t in transcripts)
        {
            var it = new CanonicalKmers(t.Codes, k);
            while (it.MoveNext())
            {
                hll.Add(it.Canonical);
            }
        }

        return hll.Estimate();
    }
}
