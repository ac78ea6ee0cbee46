namespace Trek.Fusion.Calling;

/// <summary>
/// Assembles the unplaced 5' parts of the reads that enter one exon start of a kinase gene. Every such
/// part ends at the junction, so the reads are aligned at their 3' ends; reads whose ends disagree come
/// from different partners (NPM1 and EML4-with-intron both enter ALK exon 20) and are kept apart:
/// a read joins the first contig whose seed (its longest read) it matches over their common length with at
/// most 10 % mismatches, otherwise it seeds a new contig. Each contig's sequence is called base by base
/// from the junction outwards while at least two reads cover the base (one for a single-read contig) and
/// 60 % of them agree, so it runs as far as the reads allow.
/// </summary>
public static class PartnerAssembler
{
    private const double MaxMismatchFraction = 0.1;
    private const double MinAgreement = 0.6;

    /// <param name="reads">Each read's signature (fragment identity) and 5' part as base codes, in a deterministic order.</param>
    public static List<PartnerContig> Assemble(IEnumerable<KeyValuePair<ulong, byte[]>> reads)
    {
        var ordered = reads.OrderByDescending(r => r.Value.Length).ThenBy(r => r.Key).ToList();
        var clusters = new List<List<KeyValuePair<ulong, byte[]>>>();
        foreach (var read in ordered)
        {
            var home = clusters.FirstOrDefault(c => SameEnd(c[0].Value, read.Value));
            if (home is null)
            {
                clusters.Add([read]);
            }
            else
            {
                home.Add(read);
            }
        }

        return [.. clusters
            .Select(c => new PartnerContig(Consensus(c.Select(r => r.Value).ToList()), [.. c.Select(r => r.Key).Order()]))
            .OrderByDescending(c => c.Reads).ThenBy(c => c.Signatures[0])];
    }

    /// <summary>Do two 5' parts agree over their common length, counted back from the junction?</summary>
    internal static bool SameEnd(byte[] a, byte[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        var mismatches = 0;
        for (var d = 1; d <= n; d++)
        {
            if (a[^d] != b[^d] || a[^d] > 3)
            {
                mismatches++;
            }
        }

        return mismatches <= MaxMismatchFraction * n;
    }

    internal static byte[] Consensus(IReadOnlyList<byte[]> parts)
    {
        var result = new List<byte>();
        var minCover = parts.Count >= 2 ? 2 : 1;
        Span<int> counts = stackalloc int[5];
        for (var d = 1; ; d++)
        {
            counts.Clear();
            var cover = 0;
            foreach (var p in parts)
            {
                if (p.Length >= d)
                {
                    counts[Math.Min((int)p[^d], 4)]++;
                    cover++;
                }
            }

            if (cover < minCover)
            {
                break;
            }

            var best = 0;
            for (var c = 1; c < 4; c++)
            {
                if (counts[c] > counts[best])
                {
                    best = c;
                }
            }

            if (counts[best] < MinAgreement * cover)
            {
                break;
            }

            result.Add((byte)best);
        }

        result.Reverse();
        return [.. result];
    }
}
