using Trek.Core.Sequences;

namespace Trek.Fusion.Evidence;

/// <summary>
/// Places reads on one fused sequence (a few kb) for the evidence SAM: 12-mer seeds vote for a diagonal on either
/// strand, the best diagonal is compared base by base, and the highest-scoring stretch (+1 per match, -4 per
/// mismatch, Kadane's maximum-subarray scan) becomes the M part, the rest soft clips. A read is placed only when
/// at least <see cref="MinMatched"/> bases align and its mismatches stay within the run's allowance
/// (`--max-mismatch-rate` of the read's length, as the aligner allowed when it counted the read).
/// </summary>
public sealed class ReadPlacer
{
    private const int K = 12;
    private const int MinMatched = 20;
    private const int MismatchPenalty = 4;
    private readonly byte[] _contig;
    private readonly Dictionary<int, List<int>> _seeds = [];
    private readonly double _maxMismatchRate;

    public ReadPlacer(byte[] contigCodes, double maxMismatchRate)
    {
        _contig = contigCodes;
        _maxMismatchRate = maxMismatchRate;
        for (var p = 0; p + K <= contigCodes.Length; p++)
        {
            if (Pack(contigCodes.AsSpan(p, K)) is { } key)
            {
                if (!_seeds.TryGetValue(key, out var list))
                {
                    list = [];
                    _seeds[key] = list;
                }

                list.Add(p);
            }
        }
    }

    /// <summary>The read's placement, or null when it does not fit the sequence well enough.</summary>
    public Placement? Place(ReadOnlySpan<byte> ascii)
    {
        var forward = new byte[ascii.Length];
        Dna.Encode(ascii, forward);
        var reverse = new byte[ascii.Length];
        Dna.ReverseComplementCodes(forward, reverse);
        var best = (Votes: 0, Reverse: false, Diagonal: 0);
        foreach (var (codes, rev) in new[] { (forward, false), (reverse, true) })
        {
            var votes = new Dictionary<int, int>();
            for (var x = 0; x + K <= codes.Length; x++)
            {
                if (Pack(codes.AsSpan(x, K)) is { } key && _seeds.TryGetValue(key, out var positions))
                {
                    foreach (var p in positions)
                    {
                        votes[p - x] = votes.GetValueOrDefault(p - x) + 1;
                    }
                }
            }

            foreach (var (diagonal, n) in votes)
            {
                if (n > best.Votes || (n == best.Votes && n > 0 && (rev, diagonal).CompareTo((best.Reverse, best.Diagonal)) < 0))
                {
                    best = (n, rev, diagonal);
                }
            }
        }

        return best.Votes == 0 ? null : Extend(best.Reverse ? reverse : forward, best.Reverse, best.Diagonal);
    }

    private Placement? Extend(byte[] read, bool reverse, int diagonal)
    {
        var from = Math.Max(0, -diagonal);
        var to = Math.Min(read.Length, _contig.Length - diagonal);
        int bestScore = 0, bestStart = from, bestEnd = from, score = 0, start = from;
        for (var x = from; x < to; x++)
        {
            score += Same(read[x], _contig[x + diagonal]) ? 1 : -MismatchPenalty;
            if (score <= 0)
            {
                score = 0;
                start = x + 1;
            }
            else if (score > bestScore)
            {
                (bestScore, bestStart, bestEnd) = (score, start, x + 1);
            }
        }

        var mismatches = 0;
        for (var x = bestStart; x < bestEnd; x++)
        {
            mismatches += Same(read[x], _contig[x + diagonal]) ? 0 : 1;
        }

        var matched = bestEnd - bestStart;
        return matched < MinMatched || mismatches > (int)(_maxMismatchRate * read.Length)
            ? null
            : new Placement(bestStart + diagonal, reverse, bestStart, matched, read.Length - bestEnd, mismatches);
    }

    /// <summary>N (code 4) never matches, not even an N.</summary>
    private static bool Same(byte a, byte b) => a == b && a < 4;

    private static int? Pack(ReadOnlySpan<byte> codes)
    {
        var key = 0;
        foreach (var c in codes)
        {
            if (c > 3)
            {
                return null;
            }

            key = (key << 2) | c;
        }

        return key;
    }
}
