using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Trek.Fusion.Reads;

/// <summary>Counts mismatching base codes between a read and a transcript on one diagonal (SIMD; positions off the transcript count as mismatches).</summary>
public static class Mismatches
{
    /// <summary>Mismatches of read[from..to) against transcript positions from+diagonal .. to+diagonal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Count(ReadOnlySpan<byte> read, ReadOnlySpan<byte> transcript, int diagonal, int from, int to)
    {
        var outside = 0;
        var lo = from;
        var hi = to;
        if (lo + diagonal < 0)
        {
            var cut = Math.Min(hi, -diagonal);
            outside += cut - lo;
            lo = cut;
        }

        if (hi + diagonal > transcript.Length)
        {
            var cut = Math.Max(lo, transcript.Length - diagonal);
            outside += hi - cut;
            hi = cut;
        }

        return hi <= lo ? outside : outside + CountEqualLength(read[lo..hi], transcript.Slice(lo + diagonal, hi - lo));
    }

    /// <summary>Mismatching positions of two equal-length code spans; an N (code 4) never matches.</summary>
    public static int CountEqualLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var n = a.Length;
        var i = 0;
        var mm = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var four = Vector256.Create((byte)4);
            ref var ra = ref Unsafe.AsRef(in a[0]);
            ref var rb = ref Unsafe.AsRef(in b[0]);
            for (; i + 32 <= n; i += 32)
            {
                var va = Vector256.LoadUnsafe(ref ra, (nuint)i);
                var vb = Vector256.LoadUnsafe(ref rb, (nuint)i);
                var same = Vector256.Equals(va, vb) & Vector256.LessThan(va, four);
                mm += 32 - BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }

        for (; i < n; i++)
        {
            if (a[i] != b[i] || a[i] > 3)
            {
                mm++;
            }
        }

        return mm;
    }
}
