using System.Diagnostics;
using Trek.Core;
using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>
/// Builds a <see cref="KmerTable"/> in one streaming pass over the transcripts, in index order: a k-mer seen for the
/// first time is stored with its position (its primary occurrence); a k-mer seen again is marked as having several
/// occurrences and its position joins a <see cref="KmerRun"/> against its primary. Memory is the table (sized once
/// from a distinct-count estimate, 12 bytes a slot) plus the runs; no list of all occurrences is ever held.
/// </summary>
public static class KmerTableBuilder
{
    /// <summary>Target fill of the table: linear probing stays short (an absent k-mer probes about 1/(1-0.8)^2/2 = 13 slots, most in one cache line).</summary>
    public const double Load = 0.8;

    /// <summary>A progress line on stderr at most this often (a panel index is built before the first).</summary>
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    /// <summary>Fill at which an underestimated table is grown (rehashed) rather than let probing degrade.</summary>
    private const double MaxLoad = 0.9;

    /// <summary>Slots for about <paramref name="distinct"/> k-mers (the estimate plus 3 %, four standard errors of <see cref="DistinctEstimate"/>).</summary>
    public static int SlotsFor(long distinct) => (int)Math.Min(Array.MaxLength, Math.Max(16, (long)Math.Ceiling(distinct * 1.03 / Load)));

    /// <summary>Bytes of a table of <paramref name="slots"/> slots (8-byte key, 4-byte value).</summary>
    public static long BytesFor(int slots) => slots * 12L;

    /// <exception cref="InputException">The transcripts total more than <see cref="KmerTable.MaxBases"/> bases.</exception>
    public static unsafe KmerTable Build(IReadOnlyList<Transcript> transcripts, int k, long estimatedDistinct, TextWriter? log)
    {
        var clock = Stopwatch.StartNew();
        var starts = new int[transcripts.Count + 1];
        long total = 0;
        for (var t = 0; t < transcripts.Count; t++)
        {
            total += transcripts[t].Length;
            if (total >= KmerTable.MaxBases)
            {
                throw new InputException($"the transcripts total more than {KmerTable.MaxBases:N0} bases, more than a Trek index addresses: restrict it with --genes");
            }

            starts[t + 1] = (int)total;
        }

        var table = new Table(SlotsFor(estimatedDistinct));
        var runs = new List<KmerRun>();
        var report = ProgressEvery;
        for (var t = 0; t < transcripts.Count; t++)
        {
            Walk(transcripts[t], k, starts, ref table, runs);
            if (log is not null && clock.Elapsed >= report && t + 1 < transcripts.Count)
            {
                report = clock.Elapsed + ProgressEvery;
                log.WriteLine($"trek index: k-mers of {t + 1:N0} of {transcripts.Count:N0} transcripts: {table.Count:N0} distinct, {runs.Count:N0} shared runs ({clock.Elapsed.TotalSeconds:F1} s)");
            }
        }

        var sorted = runs.ToArray();
        runs.Clear();
        Array.Sort(sorted, (a, b) => a.PrimaryTranscript != b.PrimaryTranscript ? a.PrimaryTranscript.CompareTo(b.PrimaryTranscript)
            : a.PrimaryStart != b.PrimaryStart ? a.PrimaryStart.CompareTo(b.PrimaryStart)
            : a.Transcript != b.Transcript ? a.Transcript.CompareTo(b.Transcript) : a.Start.CompareTo(b.Start));
        log?.WriteLine($"trek index: {table.Count:N0} distinct {k}-mers (estimated {estimatedDistinct:N0}) in {table.Size:N0} slots ({BytesFor(table.Size) / 1e6:F0} MB), {sorted.Length:N0} shared runs ({clock.Elapsed.TotalSeconds:F1} s)");
        fixed (ulong* keys = table.Keys)
        fixed (uint* values = table.Values)
        {
            // The arrays are pinned (allocated on the pinned-object heap): the pointers stay valid while the table holds them.
            return new KmerTable(k, table.Count, table.Size, keys, values, table, null, transcripts, sorted);
        }
    }

    /// <summary>One transcript's k-mers: store the new, extend or open runs for the seen.</summary>
    private static void Walk(Transcript transcript, int k, int[] starts, ref Table table, List<KmerRun> runs)
    {
        var offset = starts[transcript.Index];
        var open = false;
        var run = default(KmerRun);
        var it = new CanonicalKmers(transcript.Codes, k);
        while (it.MoveNext())
        {
            var p = it.Position;
            var value = ((uint)(offset + p) << 2) | (it.Flipped ? 1u : 0u);
            if (table.TryAdd(it.Canonical, value, out var slot))
            {
                CloseRun(ref open, run, runs);
                continue;
            }

            var primary = table.Values[slot];
            table.Values[slot] = primary | 2;
            var global = (int)(primary >> 2);
            var pt = KmerTable.TranscriptAt(starts, global);
            var pp = global - starts[pt];
            var reverse = ((primary & 1) != 0) != it.Flipped ? 1 : 0;
            if (open && it.Contiguous && run.PrimaryTranscript == pt && run.Reverse == reverse
                && (reverse == 0 ? pp == run.PrimaryEnd : pp == run.PrimaryStart - 1))
            {
                run = reverse == 0 ? run with { Length = run.Length + 1 } : run with { Length = run.Length + 1, PrimaryStart = pp };
                continue;
            }

            CloseRun(ref open, run, runs);
            run = new KmerRun(pt, pp, 1, transcript.Index, p, reverse);
            open = true;
        }

        CloseRun(ref open, run, runs);
    }

    private static void CloseRun(ref bool open, KmerRun run, List<KmerRun> runs)
    {
        if (open)
        {
            runs.Add(run);
            open = false;
        }
    }

    /// <summary>The growing open-addressing table of the build (pinned arrays, handed to <see cref="KmerTable"/> as they are).</summary>
    private sealed class Table(int size)
    {
        public int Size { get; private set; } = size;

        public long Count { get; private set; }

        public ulong[] Keys { get; private set; } = GC.AllocateArray<ulong>(size, pinned: true);

        public uint[] Values { get; private set; } = GC.AllocateArray<uint>(size, pinned: true);

        /// <summary>Stores the k-mer with <paramref name="value"/> unless present; <paramref name="slot"/> is where it is.</summary>
        public bool TryAdd(ulong canonical, uint value, out uint slot)
        {
            var key = canonical | KmerTable.Occupied;
            slot = KmerTable.Home(canonical, (uint)Size);
            var keys = Keys;
            while (true)
            {
                var s = keys[slot];
                if (s == key)
                {
                    return false;
                }

                if (s == 0)
                {
                    break;
                }

                if (++slot == (uint)Size)
                {
                    slot = 0;
                }
            }

            keys[slot] = key;
            Values[slot] = value;
            if (++Count > Size * MaxLoad)
            {
                Grow();
                slot = Place(Keys, canonical);
            }

            return true;
        }

        /// <summary>The estimate fell short: rehash into a table a quarter larger (rare: four standard errors).</summary>
        private void Grow()
        {
            var size = (int)Math.Min(Array.MaxLength, (long)(Size * 1.25) + 16);
            var keys = GC.AllocateArray<ulong>(size, pinned: true);
            var values = GC.AllocateArray<uint>(size, pinned: true);
            var oldKeys = Keys;
            var oldValues = Values;
            Size = size;
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldKeys[i] != 0)
                {
                    var slot = Place(keys, oldKeys[i] & ~KmerTable.Occupied);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }

            (Keys, Values) = (keys, values);
        }

        /// <summary>The slot holding <paramref name="canonical"/>, or the empty slot where it belongs.</summary>
        private uint Place(ulong[] keys, ulong canonical)
        {
            var key = canonical | KmerTable.Occupied;
            var slot = KmerTable.Home(canonical, (uint)Size);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                if (++slot == (uint)Size)
                {
                    slot = 0;
                }
            }

            return slot;
        }
    }
}
