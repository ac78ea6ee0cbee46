using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>
/// Which 15-mers of the indexed transcripts occur in more than one gene. Copies of a repeat (Alu in
/// UTRs) differ by 10-20 %, too much to share 31-mers but enough to share many 15-mers; a junction
/// whose both sides are made of such 15-mers joins two repeat copies, not two genes. Built on demand,
/// only for references up to 50 Mb of transcript sequence (panels); larger ones skip the check.
/// </summary>
public sealed class RepeatMap
{
    public const int K = 15;
    private const int Shared = -1;
    private const long MaxBases = 50_000_000;
    private readonly Dictionary<int, int> _geneOf;

    private RepeatMap(Dictionary<int, int> geneOf) => _geneOf = geneOf;

    public static RepeatMap? TryBuild(IReadOnlyList<Transcript> transcripts)
    {
        var total = transcripts.Sum(t => (long)t.Length);
        if (total > MaxBases)
        {
            return null;
        }

        var map = new Dictionary<int, int>((int)Math.Min(total, int.MaxValue / 4));
        foreach (var t in transcripts)
        {
            for (var p = 0; p + K <= t.Length; p++)
            {
                if (Kmer.TryCanonical(t.Codes, p, K, out var kmer, out _))
                {
                    var key = (int)kmer;
                    if (!map.TryGetValue(key, out var gene))
                    {
                        map[key] = t.Gene;
                    }
                    else if (gene != t.Gene && gene != Shared)
                    {
                        map[key] = Shared;
                    }
                }
            }
        }

        return new RepeatMap(map);
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
            if (_geneOf.TryGetValue((int)kmer, out var g) && g != gene)
            {
                shared++;
            }
        }

        return total == 0 ? 0 : (double)shared / total;
    }
}
