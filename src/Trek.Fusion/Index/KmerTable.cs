using System.Numerics;
using System.Runtime.CompilerServices;
using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>
/// Open-addressing hash from canonical k-mer to its occurrences in the transcripts. One probe is
/// usually one cache line: a read that is not from an indexed gene costs a handful of misses.
/// </summary>
public sealed class KmerTable
{
    private const ulong Occupied = 1UL << 63;

    internal KmerTable(int k, ulong[] slotKeys, int[] slotStart, int[] slotCount, ulong[] occurrences, byte[] slotShared)
    {
        SlotShared = slotShared;
        K = k;
        SlotKeys = slotKeys;
        SlotStart = slotStart;
        SlotCount = slotCount;
        Occurrences = occurrences;
        Shift = 64 - BitOperations.Log2((uint)slotKeys.Length);
        Mask = slotKeys.Length - 1;
    }

    public int K { get; }

    public int DistinctKmers => SlotCount.Count(c => c > 0);

    internal ulong[] SlotKeys { get; }

    internal int[] SlotStart { get; }

    internal int[] SlotCount { get; }

    internal ulong[] Occurrences { get; }

    /// <summary>1 where the k-mer occurs in more than one gene (repeats such as Alu in UTRs, paralogues).</summary>
    internal byte[] SlotShared { get; }

    private int Shift { get; }

    private int Mask { get; }

    public static KmerTable Build(IReadOnlyList<Transcript> transcripts, int k)
    {
        long total = 0;
        foreach (var t in transcripts)
        {
            total += Math.Max(0, t.Length - k + 1);
        }

        var keys = new ulong[total];
        var occs = new ulong[total];
        var n = 0;
        foreach (var t in transcripts)
        {
            for (var p = 0; p + k <= t.Length; p++)
            {
                if (Kmer.TryCanonical(t.Codes, p, k, out var kmer, out var flipped))
                {
                    keys[n] = kmer;
                    occs[n] = Occurrence.Pack(t.Index, p, flipped);
                    n++;
                }
            }
        }

        Array.Sort(keys, occs, 0, n);
        var distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                distinct++;
            }
        }

        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct * 2));
        var slotKeys = new ulong[size];
        var slotStart = new int[size];
        var slotCount = new int[size];
        var slotShared = new byte[size];
        var shift = 64 - BitOperations.Log2((uint)size);
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && keys[j] == keys[i])
            {
                j++;
            }

            Array.Sort(occs, i, j - i);
            var slot = (int)((keys[i] * 0x9E3779B97F4A7C15UL) >> shift);
            while (slotKeys[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            slotKeys[slot] = keys[i] | Occupied;
            slotStart[slot] = i;
            slotCount[slot] = j - i;
            var gene = transcripts[Occurrence.Transcript(occs[i])].Gene;
            for (var o = i + 1; o < j; o++)
            {
                if (transcripts[Occurrence.Transcript(occs[o])].Gene != gene)
                {
                    slotShared[slot] = 1;
                    break;
                }
            }

            i = j;
        }

        return new KmerTable(k, slotKeys, slotStart, slotCount, occs[..n], slotShared);
    }

    /// <summary>Occurrences of a canonical k-mer (empty when absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<ulong> Find(ulong canonical) => Find(canonical, out _);

    /// <summary>Occurrences of a canonical k-mer; <paramref name="shared"/> tells that it lies in more than one gene.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<ulong> Find(ulong canonical, out bool shared)
    {
        shared = false;
        var key = canonical | Occupied;
        var slot = (int)((canonical * 0x9E3779B97F4A7C15UL) >> Shift);
        var keys = SlotKeys;
        while (true)
        {
            var s = keys[slot];
            if (s == key)
            {
                shared = SlotShared[slot] != 0;
                return Occurrences.AsSpan(SlotStart[slot], SlotCount[slot]);
            }

            if (s == 0)
            {
                return default;
            }

            slot = (slot + 1) & Mask;
        }
    }
}
