using System.Runtime.CompilerServices;

namespace Trek.Fusion.Index;

/// <summary>
/// The canonical k-mers of a sequence, rolled one base at a time (the same values as <see cref="Kmer.TryCanonical"/>
/// at each start, without re-reading k bases): positions whose window holds an N are skipped.
/// <code>var it = new CanonicalKmers(codes, k); while (it.MoveNext()) { use it.Position, it.Canonical, it.Flipped }</code>
/// </summary>
public ref struct CanonicalKmers
{
    private readonly ReadOnlySpan<byte> _codes;
    private readonly int _k;
    private readonly ulong _mask;
    private readonly int _shift;
    private ulong _fwd;
    private ulong _rev;
    private int _valid;
    private int _next;

    public CanonicalKmers(ReadOnlySpan<byte> codes, int k)
    {
        _codes = codes;
        _k = k;
        _mask = (1UL << (2 * k)) - 1;
        _shift = (2 * k) - 2;
        Position = -1;
    }

    /// <summary>Start of the current k-mer.</summary>
    public int Position { get; private set; }

    public ulong Canonical { get; private set; }

    /// <summary>The canonical form is the reverse complement of the bases at <see cref="Position"/>.</summary>
    public bool Flipped { get; private set; }

    /// <summary>True when the previous k-mer returned was at <see cref="Position"/> - 1 (no N in between).</summary>
    public bool Contiguous { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        var previous = Position;
        while (_next < _codes.Length)
        {
            var c = _codes[_next++];
            if (c > 3)
            {
                _valid = 0;
                continue;
            }

            _fwd = ((_fwd << 2) | c) & _mask;
            _rev = (_rev >> 2) | ((ulong)(3 - c) << _shift);
            if (++_valid >= _k)
            {
                Position = _next - _k;
                Flipped = _rev < _fwd;
                Canonical = Flipped ? _rev : _fwd;
                Contiguous = previous == Position - 1;
                return true;
            }
        }

        return false;
    }
}
