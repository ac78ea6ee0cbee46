using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>
/// The 12 bases that end every internal exon (for 5' partners) or start every internal exon (for 3'
/// partners). RNA fusions join exon boundaries, so a short overhang that no k-mer can place is looked
/// up here and then verified base by base.
/// </summary>
public sealed class BoundaryMap
{
    public const int Length = 12;

    internal BoundaryMap(uint[] keys, ulong[] sites)
    {
        Keys = keys;
        Sites = sites;
    }

    internal uint[] Keys { get; }

    /// <summary>Transcript index (high 32 bits) and boundary position: last exon base (ends) or first exon base (starts).</summary>
    internal ulong[] Sites { get; }

    public static BoundaryMap Build(IReadOnlyList<Transcript> transcripts, bool exonEnds)
    {
        var keys = new List<uint>();
        var sites = new List<ulong>();
        foreach (var t in transcripts)
        {
            for (var i = 0; i < t.Exons.Length; i++)
            {
                var e = t.Exons[i];
                int from;
                int pos;
                if (exonEnds)
                {
                    if (i == t.Exons.Length - 1 || e.TxEnd < Length)
                    {
                        continue;
                    }

                    pos = e.TxEnd - 1;
                    from = e.TxEnd - Length;
                }
                else
                {
                    if (i == 0 || e.TxStart + Length > t.Length)
                    {
                        continue;
                    }

                    pos = e.TxStart;
                    from = e.TxStart;
                }

                if (Kmer.TryPack(t.Codes.AsSpan(from, Length), out var key))
                {
                    keys.Add(key);
                    sites.Add(((ulong)(uint)t.Index << 32) | (uint)pos);
                }
            }
        }

        var k = keys.ToArray();
        var s = sites.ToArray();
        Array.Sort(k, s);
        return new BoundaryMap(k, s);
    }

    /// <summary>All boundary sites whose 12 bases equal <paramref name="codes"/> (exactly 12 codes).</summary>
    public ReadOnlySpan<ulong> Find(ReadOnlySpan<byte> codes)
    {
        if (!Kmer.TryPack(codes, out var key))
        {
            return default;
        }

        var i = Array.BinarySearch(Keys, key);
        if (i < 0)
        {
            return default;
        }

        var lo = i;
        while (lo > 0 && Keys[lo - 1] == key)
        {
            lo--;
        }

        var hi = i;
        while (hi + 1 < Keys.Length && Keys[hi + 1] == key)
        {
            hi++;
        }

        return Sites.AsSpan(lo, hi - lo + 1);
    }
}
