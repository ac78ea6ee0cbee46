using System.Text;
using Trek.Core.Sequences;

namespace Trek.Fusion.Calling;

/// <summary>
/// Builds the partner-side consensus of novel-partner reads. All of them end at the same junction, so
/// they are aligned at their 3' ends and a base is called while at least two reads cover it and 60 %
/// agree; the result can be searched (BLAT/BLAST) to name the partner.
/// </summary>
public static class NovelPartnerAssembler
{
    public static byte[] Consensus(IEnumerable<byte[]> prefixes)
    {
        var list = prefixes.ToList();
        var result = new List<byte>();
        var minCover = list.Count >= 2 ? 2 : 1;
        Span<int> counts = stackalloc int[5];
        for (var d = 1; ; d++)
        {
            counts.Clear();
            var cover = 0;
            foreach (var p in list)
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

            if (counts[best] < 0.6 * cover)
            {
                break;
            }

            result.Add((byte)best);
        }

        result.Reverse();
        return [.. result];
    }

    public static string ToText(byte[] codes)
    {
        var sb = new StringBuilder(codes.Length);
        foreach (var c in codes)
        {
            sb.Append(Dna.Letter(c));
        }

        return sb.ToString();
    }
}
