using Trek.Fusion.Index;
using Trek.Fusion.Reads;

namespace Trek.Fusion.Calling;

/// <summary>
/// Evidence reduced as it streams: counts per junction, per gene pair and per novel-partner site, never
/// the reads themselves, so memory grows with the number of candidates, not with the input. One per
/// worker thread; merged at the end (every field merges order-independently, so output is deterministic).
/// </summary>
public sealed class EvidenceAggregator(FusionIndex index)
{
    public long Fragments { get; set; }

    public long FragmentsOnIndex { get; set; }

    /// <summary>Longest read seen on the index (confidence scales anchors to it).</summary>
    public int MaxReadLength { get; private set; }

    public void ObserveReadLength(int length) => MaxReadLength = Math.Max(MaxReadLength, length);

    public Dictionary<JunctionKey, SplitEvidence> Splits { get; } = [];

    public Dictionary<(int GeneA, int GeneB), SupportSet> Spanning { get; } = [];

    public Dictionary<(int Gene, long Locus), NovelEvidence> Novel { get; } = [];

    public void AddSplit(SplitHit hit, ulong signature)
    {
        var key = KeyOf(hit);
        if (!Splits.TryGetValue(key, out var e))
        {
            e = new SplitEvidence();
            Splits[key] = e;
        }

        e.Add(hit, signature);
    }

    public void AddSpanning(int geneA, int geneB, ulong signature)
    {
        if (!Spanning.TryGetValue((geneA, geneB), out var s))
        {
            s = new SupportSet();
            Spanning[(geneA, geneB)] = s;
        }

        s.Add(signature, false);
    }

    public void AddNovel(int transcript, int position, byte[] prefix, ulong signature)
    {
        var key = NovelKey(transcript, position);
        if (!Novel.TryGetValue(key, out var e))
        {
            e = new NovelEvidence();
            Novel[key] = e;
        }

        e.Add(transcript, position, prefix, signature);
    }

    public void Merge(EvidenceAggregator other)
    {
        Fragments += other.Fragments;
        FragmentsOnIndex += other.FragmentsOnIndex;
        MaxReadLength = Math.Max(MaxReadLength, other.MaxReadLength);
        MergeInto(Splits, other.Splits, static (mine, theirs) => mine.Merge(theirs));
        MergeInto(Spanning, other.Spanning, static (mine, theirs) => mine.Merge(theirs));
        MergeInto(Novel, other.Novel, static (mine, theirs) => mine.Merge(theirs));
    }

    private static void MergeInto<TKey, TValue>(Dictionary<TKey, TValue> mine, Dictionary<TKey, TValue> theirs, Action<TValue, TValue> merge)
        where TKey : notnull
    {
        foreach (var (key, value) in theirs)
        {
            if (mine.TryGetValue(key, out var existing))
            {
                merge(existing, value);
            }
            else
            {
                mine[key] = value;
            }
        }
    }

    /// <summary>The junction a split read supports, independent of isoform.</summary>
    public JunctionKey KeyOf(SplitHit hit) =>
        new(index.Transcripts[hit.TranscriptA].Gene, Locus(hit.TranscriptA, hit.PositionA), index.Transcripts[hit.TranscriptB].Gene, Locus(hit.TranscriptB, hit.PositionB));

    /// <summary>The partner-unknown site a novel read enters: its gene and the locus of the exon start.</summary>
    public (int Gene, long Locus) NovelKey(int transcript, int position) => (index.Transcripts[transcript].Gene, Locus(transcript, position));

    /// <summary>Genomic position where known (isoforms then agree); otherwise a negative code of transcript and position.</summary>
    public long Locus(int transcript, int position)
    {
        var g = index.Transcripts[transcript].GenomePosition(position);
        return g >= 0 ? g : -(((long)transcript << 24) | (uint)position) - 1;
    }
}
