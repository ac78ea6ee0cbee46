using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>Mismatching positions of two equal-length code spans; an N (code 4) never matches. Empty spans give 0.</summary>
    /// <exception cref="ArgumentException">The spans differ in length (the vector loop would read past the shorter one).</exception>
    public static int CountEqualLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"the spans differ in length ({a.Length} and {b.Length})", nameof(b));
        }

        var n = a.Length;
        var i = 0;
        var mm = 0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<byte>.Count)
        {
            // GetReference, not a[0]: valid for any length, and the loop only loads whole 32-byte blocks inside both spans.
            var four = Vector256.Create((byte)4);
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
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
