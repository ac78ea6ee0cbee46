using Trek.Fusion.Annotation;

namespace Trek.Fusion.Calling;

/// <summary>
/// Does an assembled partner sequence come from a given gene? Every 10-base seed of the contig (so one read
/// error in the middle of a 22-base partner cannot hide it) is searched in each of the gene's transcripts (a panel gene's transcripts are a few kb, so a direct
/// scan is cheap and needs no index of short k-mers); each hit is extended without gaps and the longest
/// alignment with at most 10 % mismatches over at least 20 bases wins. A 10-mer of unrelated sequence turns up
/// by chance in 10 kb of transcripts about once in 100 tries, but the hit must then extend to 20 bases with at
/// most 2 mismatches (chance about 4e-4 per random hit, and a contig meets about one random hit per 10 kb), so a
/// match is evidence, not coincidence.
/// The alignment may end before the junction: EML4::ALK variants carry ALK intron (or EML4 intron) between the
/// last EML4 exon base and ALK's exon; those bases are reported as <see cref="PartnerMatch.Unmatched"/>.
/// </summary>
public static class PartnerMatcher
{
    private const int Seed = 10;
    private const int Step = 1;
    private const int MinAligned = 20;
    private const double MaxMismatchFraction = 0.1;

    public static PartnerMatch? Match(ReadOnlySpan<byte> contig, IEnumerable<Transcript> transcripts)
    {
        PartnerMatch? best = null;
        if (contig.Length < MinAligned)
        {
            return null;
        }

        foreach (var t in transcripts)
        {
            var codes = t.Codes.AsSpan();
            for (var i = contig.Length - Seed; i >= 0; i -= Step)
            {
                var seed = contig.Slice(i, Seed);
                var from = 0;
                while (from < codes.Length)
                {
                    var hit = codes[from..].IndexOf(seed);
                    if (hit < 0)
                    {
                        break;
                    }

                    var pos = from + hit;
                    from = pos + 1;
                    var diagonal = pos - i;
                    var (start, end) = Reads.Extension.Extend(contig, codes, diagonal, i, i + Seed);
                    var mismatches = Reads.Mismatches.Count(contig, codes, diagonal, start, end);
                    var aligned = end - start;
                    if (aligned < MinAligned || mismatches > MaxMismatchFraction * aligned)
                    {
                        continue;
                    }

                    if (best is null || aligned - mismatches > best.Aligned - best.Mismatches
                        || (aligned - mismatches == best.Aligned - best.Mismatches && t.Rank < best.Transcript.Rank))
                    {
                        best = new PartnerMatch(t, end - 1 + diagonal, aligned, mismatches, contig.Length - end);
                    }
                }
            }
        }

        return best;
    }
}
