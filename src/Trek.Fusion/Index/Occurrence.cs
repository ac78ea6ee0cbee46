using System.Runtime.CompilerServices;

namespace Trek.Fusion.Index;

/// <summary>Where a k-mer lies: transcript, start position, and whether the canonical form is the transcript's reverse complement; packed in 64 bits.</summary>
public static class Occurrence
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(int transcript, int position, bool flipped) =>
        ((ulong)(uint)transcript << 32) | ((ulong)(uint)position << 1) | (flipped ? 1UL : 0UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Transcript(ulong occ) => (int)(occ >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Position(ulong occ) => (int)((uint)occ >> 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Flipped(ulong occ) => (occ & 1) != 0;
}
