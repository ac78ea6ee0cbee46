using System.Numerics;
using System.Runtime.CompilerServices;
using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>
/// Canonical k-mer to its occurrences in the transcripts, each distinct k-mer stored once. A slot holds the k-mer
/// (a <see cref="Keys"/> array, bit 63 marking it occupied) and, in a parallel <see cref="Values"/> array, its
/// PRIMARY occurrence, the first in (transcript, position) order, as a position in the concatenation of all
/// transcripts: (position &lt;&lt; 2) | (more than one occurrence &lt;&lt; 1) | flipped. Every other occurrence is reached
/// through shared sequence: each transcript's path of k-mers is stored as <see cref="KmerRun"/>s, maximal stretches
/// whose primaries are consecutive positions of one earlier transcript (isoforms sharing exons, repeats, antisense
/// overlaps), the equivalent of walking the unitigs of a compacted de Bruijn graph (kallisto, Bray et al. 2016)
/// with transcripts addressed by position instead of by unitig. A lookup returns exactly the occurrences, in the
/// sorted order, that storing every occurrence of every k-mer gave (Trek's format 4), at 12 bytes a slot.
/// Open addressing with linear probing; the home slot is a range reduction of a mixed hash (Lemire 2019), so the
/// table has ceil(distinct / load) slots, not a power of two. The arrays live in pinned memory when built, or in
/// a read-only mapping of `trek.idx` when loaded (<see cref="IndexStore"/>).
/// </summary>
public sealed unsafe class KmerTable : IDisposable
{
    internal const ulong Occupied = 1UL << 63;

    /// <summary>A value keeps 30 bits of position: transcripts may total at most 2^30 bases (GENCODE human: about 0.4 x 10^9).</summary>
    public const long MaxBases = 1L << 30;

    private readonly ulong* _keys;
    private readonly uint* _values;
    private readonly IDisposable? _owner;
    private readonly object? _pinned;
    private readonly int[] _starts;
    private readonly int[] _genes;
    private readonly int[] _runFirst;
    private readonly int[] _reach;

    /// <exception cref="InvalidDataException">The runs do not fit the transcripts or are not sorted by primary transcript and start.</exception>
    internal KmerTable(int k, long distinct, int size, ulong* keys, uint* values, object? pinned, IDisposable? owner, IReadOnlyList<Transcript> transcripts, KmerRun[] runs)
    {
        (K, DistinctKmers, Size, _pinned, _owner, Runs) = (k, distinct, size, pinned, owner, runs);
        _keys = keys;
        _values = values;
        _starts = new int[transcripts.Count + 1];
        _genes = new int[transcripts.Count];
        for (var t = 0; t < transcripts.Count; t++)
        {
            _genes[t] = transcripts[t].Gene;
            _starts[t + 1] = checked(_starts[t] + transcripts[t].Length);
        }

        (_runFirst, _reach) = IndexRuns(runs, transcripts, k);
        if (MaxPosition(Values) >= Math.Max(1, _starts[^1]))
        {
            throw new InvalidDataException($"a k-mer's position lies past the transcripts' {_starts[^1]:N0} bases");
        }
    }

    public int K { get; }

    public long DistinctKmers { get; }

    /// <summary>Slots in the table.</summary>
    public int Size { get; }

    internal ReadOnlySpan<ulong> Keys => new(_keys, Size);

    internal ReadOnlySpan<uint> Values => new(_values, Size);

    /// <summary>Sorted by primary transcript, then primary start.</summary>
    internal KmerRun[] Runs { get; }

    /// <summary>Builds the table of <paramref name="transcripts"/> in memory (<see cref="KmerTableBuilder"/>).</summary>
    public static KmerTable Build(IReadOnlyList<Transcript> transcripts, int k) => KmerTableBuilder.Build(transcripts, k, DistinctEstimate.Of(transcripts, k), null);

    /// <summary>Unmaps the file the table was loaded from (nothing for a built table); no lookup may follow.</summary>
    public void Dispose() => _owner?.Dispose();

    /// <summary>Occurrences of a canonical k-mer (empty when absent), sorted, written into <paramref name="buffer"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<ulong> Find(ulong canonical, OccurrenceBuffer buffer) => Find(canonical, buffer, out _);

    /// <summary>
    /// Occurrences of a canonical k-mer (empty when absent) as <see cref="Occurrence"/> values sorted ascending, written
    /// into <paramref name="buffer"/>; <paramref name="shared"/> tells that it lies in more than one gene.
    /// </summary>
    /// <exception cref="InvalidDataException">The slot points outside the transcripts (a file whose checksums hold but whose data do not).</exception>
    public ReadOnlySpan<ulong> Find(ulong canonical, OccurrenceBuffer buffer, out bool shared)
    {
        shared = false;
        var key = canonical | Occupied;
        var size = (uint)Size;
        var slot = Home(canonical, size);
        ulong s;
        while ((s = _keys[slot]) != key)
        {
            if (s == 0)
            {
                return default;
            }

            if (++slot == size)
            {
                slot = 0;
            }
        }

        var value = _values[slot];
        var global = (int)(value >> 2);
        var t = TranscriptAt(global);
        var position = global - _starts[t];
        if (position > _starts[t + 1] - _starts[t] - K)
        {
            throw new InvalidDataException($"k-mer table slot {slot} points past the end of transcript {t}");
        }

        var primary = Occurrence.Pack(t, position, (value & 1) != 0);
        return (value & 2) == 0 ? buffer.Single(primary) : Expand(t, position, (value & 1) != 0, primary, buffer, out shared);
    }

    /// <summary>The home slot: a well-mixed hash scaled to [0, size) by multiplication (no modulo, no power-of-two size).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Home(ulong canonical, uint size) => (uint)Math.BigMul(Mix(canonical), size, out _);

    /// <summary>A 64-bit finaliser (Stafford's Mix13, as in SplitMix64): every input bit reaches the high bits the home slot uses.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>The transcript holding concatenated position <paramref name="global"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TranscriptAt(int global)
    {
        if ((uint)global >= (uint)_starts[^1])
        {
            throw new InvalidDataException($"a k-mer's position {global} lies past the transcripts' {_starts[^1]} bases");
        }

        return TranscriptAt(_starts, global);
    }

    /// <summary>The last transcript whose start (<paramref name="starts"/>: cumulative lengths, one more than transcripts) is at or before <paramref name="global"/>.</summary>
    internal static int TranscriptAt(int[] starts, int global)
    {
        int lo = 0, hi = starts.Length - 2;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= global)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The primary plus every run of the primary's transcript that covers its position, sorted; shared when genes differ.</summary>
    private ReadOnlySpan<ulong> Expand(int t, int position, bool flipped, ulong primary, OccurrenceBuffer buffer, out bool shared)
    {
        buffer.Single(primary);
        var runs = Runs;
        int from = _runFirst[t], lo = from, hi = _runFirst[t + 1];
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (runs[mid].PrimaryStart <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Runs from..lo-1 start at or before the position; _reach (prefix maximum of their ends) stops the walk back
        // at the first run before which none can still cover it.
        for (var i = lo - 1; i >= from && _reach[i] > position; i--)
        {
            ref readonly var r = ref runs[i];
            if (r.PrimaryEnd > position)
            {
                buffer.Add(Occurrence.Pack(r.Transcript, r.PositionOf(position), flipped != (r.Reverse != 0)));
            }
        }

        var items = buffer.Items;
        if (items.Length > 1)
        {
            items.Sort();
        }

        shared = false;
        var gene = _genes[Occurrence.Transcript(items[0])];
        foreach (var occ in items)
        {
            if (_genes[Occurrence.Transcript(occ)] != gene)
            {
                shared = true;
                break;
            }
        }

        return items;
    }

    /// <summary>The largest concatenated position any slot holds (one vectorised pass: 35 M slots of the quarter-size index in about 20 ms).</summary>
    private static long MaxPosition(ReadOnlySpan<uint> values)
    {
        var max = Vector<uint>.Zero;
        var i = 0;
        for (; i + Vector<uint>.Count <= values.Length; i += Vector<uint>.Count)
        {
            max = Vector.Max(max, new Vector<uint>(values[i..]));
        }

        var result = 0u;
        for (var lane = 0; lane < Vector<uint>.Count; lane++)
        {
            result = Math.Max(result, max[lane]);
        }

        for (; i < values.Length; i++)
        {
            result = Math.Max(result, values[i]);
        }

        return result >> 2;
    }

    /// <summary>First run of each primary transcript and the running maximum of run ends; checks every run against the transcripts.</summary>
    private static (int[] First, int[] Reach) IndexRuns(KmerRun[] runs, IReadOnlyList<Transcript> transcripts, int k)
    {
        var first = new int[transcripts.Count + 1];
        var reach = new int[runs.Length];
        var previous = default(KmerRun);
        for (var i = 0; i < runs.Length; i++)
        {
            var r = runs[i];
            if ((uint)r.PrimaryTranscript >= (uint)transcripts.Count || (uint)r.Transcript >= (uint)transcripts.Count || r.Length <= 0
                || r.PrimaryStart < 0 || r.PrimaryEnd > transcripts[r.PrimaryTranscript].Length - k + 1
                || r.Start < 0 || r.Start + r.Length > transcripts[r.Transcript].Length - k + 1 || r.Reverse is not (0 or 1))
            {
                throw new InvalidDataException($"k-mer run {i} lies outside the transcripts");
            }

            if (i > 0 && (r.PrimaryTranscript < previous.PrimaryTranscript || (r.PrimaryTranscript == previous.PrimaryTranscript && r.PrimaryStart < previous.PrimaryStart)))
            {
                throw new InvalidDataException($"k-mer run {i} is out of order");
            }

            first[r.PrimaryTranscript + 1]++;
            reach[i] = i > 0 && r.PrimaryTranscript == previous.PrimaryTranscript ? Math.Max(reach[i - 1], r.PrimaryEnd) : r.PrimaryEnd;
            previous = r;
        }

        for (var t = 0; t < transcripts.Count; t++)
        {
            first[t + 1] += first[t];
        }

        return (first, reach);
    }
}
