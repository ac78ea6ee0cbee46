using System.Runtime.CompilerServices;

namespace Trek.Fusion.Index;

/// <summary>
/// Caller-owned scratch space that <see cref="KmerTable.Find(ulong, OccurrenceBuffer, out bool)"/> fills with a
/// k-mer's occurrences: one per worker thread, reused for every lookup, grown when a repeat has many occurrences,
/// so a lookup allocates nothing. Not thread-safe; the span a lookup returns is valid until the next lookup.
/// </summary>
public sealed class OccurrenceBuffer
{
    private ulong[] _items = new ulong[16];

    internal int Count { get; private set; }

    internal Span<ulong> Items => _items.AsSpan(0, Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReadOnlySpan<ulong> Single(ulong occurrence)
    {
        _items[0] = occurrence;
        Count = 1;
        return _items.AsSpan(0, 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(ulong occurrence)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = occurrence;
    }
}
