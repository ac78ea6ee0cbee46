using Trek.Fusion.Calling;
using Trek.Fusion.Index;

namespace Trek.Fusion.Reads;

/// <summary>
/// Turns one read pair into evidence. A split read (either mate) makes the fragment split-read support;
/// otherwise mates placed on two genes in the orientation a fusion transcript implies (one sense, one
/// antisense; the sense mate is on the 5' gene) make it a spanning pair; otherwise a novel-partner read counts.
/// </summary>
public sealed class FragmentClassifier(FusionIndex index, FusionOptions options)
{
    private readonly ReadAligner _aligner = new(index, options);

    public EvidenceAggregator Evidence { get; } = new(index);

    public void Classify(ReadOnlySpan<byte> read1, ReadOnlySpan<byte> read2)
    {
        Evidence.Fragments++;
        var kind = Decide(read1, read2, out var a, out var b);
        if (kind == FragmentKind.OffIndex)
        {
            return;
        }

        Evidence.FragmentsOnIndex++;
        Evidence.ObserveReadLength(Math.Max(read1.Length, read2.Length));
        switch (kind)
        {
            case FragmentKind.Split:
                Evidence.AddSplit(a.Kind == ReadKind.Split ? a.Split : b.Split, Signature(read1, read2));
                break;
            case FragmentKind.Spanning:
                var (five, three) = SpanningOrder(a, b);
                Evidence.AddSpanning(five.Gene, three.Gene, Signature(read1, read2));
                break;
            case FragmentKind.Novel:
                var n = a.Kind == ReadKind.Novel ? a : b;
                Evidence.AddNovel(n.NovelTranscript, n.NovelPosition, n.NovelPrefix!, Signature(read1, read2));
                break;
        }
    }

    /// <summary>
    /// The decision for one pair, shared by the evidence counts and the `--evidence` pass so both see the same
    /// reads: <paramref name="a"/> and <paramref name="b"/> are the mates' alignments (a mate no k-mer placed is
    /// rescued when the other is on the index). Split: the split mate is <paramref name="a"/> when it is split, else
    /// <paramref name="b"/>. Spanning: <see cref="SpanningOrder"/>. Novel: the novel mate likewise.
    /// </summary>
    public FragmentKind Decide(ReadOnlySpan<byte> read1, ReadOnlySpan<byte> read2, out ReadResult a, out ReadResult b)
    {
        a = _aligner.Align(read1);
        b = _aligner.Align(read2);
        if (a.Kind == ReadKind.NoHit && b.Kind == ReadKind.NoHit)
        {
            return FragmentKind.OffIndex;
        }

        if (a.Kind == ReadKind.NoHit)
        {
            a = _aligner.Rescue(read1);
        }
        else if (b.Kind == ReadKind.NoHit)
        {
            b = _aligner.Rescue(read2);
        }

        if (a.Kind == ReadKind.Split || b.Kind == ReadKind.Split)
        {
            return FragmentKind.Split;
        }

        if (Placed(a) && Placed(b) && a.Segment.Gene != b.Segment.Gene && a.Segment.Antisense != b.Segment.Antisense)
        {
            return FragmentKind.Spanning;
        }

        return a.Kind == ReadKind.Novel || b.Kind == ReadKind.Novel ? FragmentKind.Novel : FragmentKind.None;
    }

    /// <summary>A spanning pair's mates as (5' gene's, 3' gene's): the sense mate is on the 5' gene.</summary>
    public static (Segment FivePrime, Segment ThreePrime) SpanningOrder(in ReadResult a, in ReadResult b) =>
        a.Segment.Antisense ? (b.Segment, a.Segment) : (a.Segment, b.Segment);

    /// <summary>
    /// A mate counts for a spanning pair only when the whole of it lies on one gene and at least one of the
    /// k-mers that placed it is specific to that gene: repeats (Alu elements in UTRs) and paralogues
    /// otherwise make spurious pairs between any two genes that carry a copy.
    /// </summary>
    private static bool Placed(in ReadResult r) => r.Kind == ReadKind.Full && !r.MultiGene && !r.Repeat;

    /// <summary>Duplicate fragments start at the same place on both mates, so they share their first 32 bases.</summary>
    internal static ulong Signature(ReadOnlySpan<byte> read1, ReadOnlySpan<byte> read2)
    {
        return (Pack(read1) * 0x9E3779B97F4A7C15UL) ^ Pack(read2) ^ ((ulong)read1.Length << 56) ^ ((ulong)read2.Length << 48);

        static ulong Pack(ReadOnlySpan<byte> r)
        {
            ulong h = 0;
            var n = Math.Min(32, r.Length);
            for (var i = 0; i < n; i++)
            {
                h = (h << 2) | Core.Sequences.Dna.Code(r[i]) & 3u;
            }

            return h;
        }
    }
}
