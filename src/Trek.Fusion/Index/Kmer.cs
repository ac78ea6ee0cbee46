using System.Runtime.CompilerServices;

namespace Trek.Fusion.Index;

/// <summary>2-bit packed k-mers (k odd, at most 31, so a k-mer never equals its own reverse complement).</summary>
public static class Kmer
{
    /// <summary>
    /// Canonical k-mer (the smaller of the forward and reverse-complement encodings) of codes[start..start+k);
    /// <paramref name="flipped"/> tells that the canonical form is the reverse complement. False when an N is inside.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryCanonical(ReadOnlySpan<byte> codes, int start, int k, out ulong canonical, out bool flipped)
    {
        ulong fwd = 0;
        ulong rev = 0;
        var shift = (2 * k) - 2;
        for (var i = 0; i < k; i++)
        {
            var c = codes[start + i];
            if (c > 3)
            {
                canonical = 0;
                flipped = false;
                return false;
            }

            fwd = (fwd << 2) | c;
            rev = (rev >> 2) | ((ulong)(3 - c) << shift);
        }

        flipped = rev < fwd;
        canonical = flipped ? rev : fwd;
        return true;
    }

    /// <summary>Packs up to 16 bases (no N) into an integer; false when an N is inside.</summary>
    public static bool TryPack(ReadOnlySpan<byte> codes, out uint packed)
    {
        packed = 0;
        foreach (var c in codes)
        {
            if (c > 3)
            {
                return false;
            }

            packed = (packed << 2) | c;
        }

        return true;
    }
}
