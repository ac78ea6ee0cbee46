using Trek.Fusion.Annotation;
using Trek.Fusion.Index;

namespace Trek.Fusion.Reads;

/// <summary>
/// The slow path for reads that do not fit one transcript: finds every gapless segment the read's
/// k-mers support, takes the longest, and looks for a partner gene for the unplaced end — first among
/// k-mer segments, then through the exon-boundary maps for overhangs too short for a k-mer. A read that
/// breaks at a kinase exon start with an unplaceable 5' part is kept as novel-partner evidence.
/// </summary>
internal sealed class ChimeraResolver(FusionIndex index, FusionOptions options)
{
    private const int MaxSegments = 256;
    private const int BoundarySlack = 8;
    private readonly List<Segment> _segments = new(MaxSegments);
    private readonly OccurrenceBuffer _occurrences = new();
    private readonly JunctionRefiner _refiner = new(index);

    public ReadResult Resolve(ReadOnlySpan<byte> fwd, ReadOnlySpan<byte> rev, int maxMismatches)
    {
        var result = default(ReadResult);
        var length = fwd.Length;
        CollectSegments(fwd, rev);
        if (_segments.Count == 0)
        {
            return result;
        }

        Segment? specific = null;
        foreach (var s in _segments)
        {
            if (s.Specific && (specific is not { } b || s.Length > b.Length || (s.Length == b.Length && s.Transcript < b.Transcript)))
            {
                specific = s;
            }
        }

        if (specific is not { } best)
        {
            // Only repeat k-mers (shared by several genes) place this read: it says nothing about any one gene.
            result.Kind = ReadKind.Full;
            result.Segment = _segments[0];
            result.Repeat = true;
            return result;
        }

        var read = best.Antisense ? rev : fwd;
        var leftClip = best.Start;
        var rightClip = length - best.End;
        // X-drop extension can run a few bases past a junction on chance matches, so a clip somewhat
        // shorter than --min-anchor is still searched; the refined break must then meet the minimum.
        var worthSearching = Math.Max(1, options.MinAnchor - BoundarySlack);
        result.Kind = ReadKind.Full;
        result.Segment = best;
        if (leftClip < worthSearching && rightClip < worthSearching)
        {
            return result;
        }

        if (leftClip >= rightClip)
        {
            var partner = FindPartner(read, best, fivePrime: true, maxMismatches);
            if (partner is { } a && _refiner.TryRefine(read, a, best, maxMismatches, options.MinAnchor, out var split))
            {
                result.Kind = ReadKind.Split;
                result.Split = split;
                return result;
            }

            if (TryNovel(read, best, ref result))
            {
                result.Kind = ReadKind.Novel;
                return result;
            }
        }
        else
        {
            var partner = FindPartner(read, best, fivePrime: false, maxMismatches);
            if (partner is { } b && _refiner.TryRefine(read, best, b, maxMismatches, options.MinAnchor, out var split))
            {
                result.Kind = ReadKind.Split;
                result.Split = split;
                return result;
            }
        }

        // Unplaced ends shorter than an anchor are read-end mismatches; longer ones are intron, adapter or unknown.
        if (leftClip >= options.MinAnchor || rightClip >= options.MinAnchor)
        {
            result.Kind = ReadKind.Partial;
        }

        return result;
    }

    /// <summary>Every distinct (transcript, diagonal, orientation) that a k-mer of the read supports, extended to its full gapless length.</summary>
    private void CollectSegments(ReadOnlySpan<byte> fwd, ReadOnlySpan<byte> rev)
    {
        _segments.Clear();
        var k = index.K;
        var length = fwd.Length;
        for (var pos = 0; pos + k <= length && _segments.Count < MaxSegments; pos++)
        {
            if (!Kmer.TryCanonical(fwd, pos, k, out var kmer, out var flipped))
            {
                continue;
            }

            foreach (var occ in index.Kmers.Find(kmer, _occurrences, out var shared))
            {
                var antisense = Occurrence.Flipped(occ) != flipped;
                var offset = antisense ? length - pos - k : pos;
                var t = Occurrence.Transcript(occ);
                var diagonal = Occurrence.Position(occ) - offset;
                var seen = Seen(t, diagonal, antisense, offset);
                if (seen >= 0)
                {
                    if (!shared && !_segments[seen].Specific)
                    {
                        _segments[seen] = _segments[seen] with { Specific = true };
                    }

                    continue;
                }

                var read = antisense ? rev : fwd;
                var (start, end) = Extension.Extend(read, index.Transcripts[t].Codes, diagonal, offset, offset + k);
                _segments.Add(new Segment(t, index.Transcripts[t].Gene, diagonal, antisense, start, end, !shared));
                if (_segments.Count >= MaxSegments)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Index of the segment that already covers this seed, or -1.</summary>
    private int Seen(int transcript, int diagonal, bool antisense, int offset)
    {
        for (var i = 0; i < _segments.Count; i++)
        {
            var s = _segments[i];
            if (s.Transcript == transcript && s.Diagonal == diagonal && s.Antisense == antisense && offset >= s.Start && offset < s.End)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A segment of another gene, same orientation, that covers the read's unplaced end.</summary>
    private Segment? FindPartner(ReadOnlySpan<byte> read, Segment anchor, bool fivePrime, int maxMismatches)
    {
        Segment? best = null;
        foreach (var s in _segments)
        {
            if (s.Gene == anchor.Gene || s.Antisense != anchor.Antisense || !s.Specific)
            {
                continue;
            }

            var covers = fivePrime ? s.Start < anchor.Start && s.End > s.Start : s.End > anchor.End;
            if (covers && (best is null || s.Length > best.Value.Length))
            {
                best = s;
            }
        }

        return best ?? FindAtBoundary(read, anchor, fivePrime, maxMismatches);
    }

    /// <summary>Short overhangs: the 12 bases next to the break must end (5' side) or start (3' side) an exon of another gene.</summary>
    private Segment? FindAtBoundary(ReadOnlySpan<byte> read, Segment anchor, bool fivePrime, int maxMismatches)
    {
        const int n = BoundaryMap.Length;
        var length = read.Length;
        for (var shift = -2; shift <= BoundarySlack; shift++)
        {
            var j = fivePrime ? anchor.Start + shift : anchor.End - shift;
            if (j < n || length - j < n)
            {
                continue;
            }

            var sites = fivePrime ? index.ExonEnds.Find(read.Slice(j - n, n)) : index.ExonStarts.Find(read.Slice(j, n));
            foreach (var site in sites)
            {
                var t = index.Transcripts[(int)(site >> 32)];
                if (t.Gene == anchor.Gene)
                {
                    continue;
                }

                var pos = (int)(uint)site;
                var diagonal = fivePrime ? pos - (j - 1) : pos - j;
                var (from, to) = fivePrime ? (0, j) : (j, length);
                var allowed = Math.Max(0, (int)(options.MaxMismatchRate * (to - from)));
                if (Mismatches.Count(read, t.Codes, diagonal, from, to) <= Math.Min(allowed, maxMismatches))
                {
                    return new Segment(t.Index, t.Gene, diagonal, anchor.Antisense, from, to);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Pre-mRNA: the unplaced 5' part is the end of the intron before this exon (known for genome-shaped
    /// indexes). At most 10 % mismatches over the last 30 bases; an unrelated partner matches 25 %.
    /// </summary>
    internal static bool IsUnsplicedIntron(ReadOnlySpan<byte> prefix, Transcript t, int exonStart)
    {
        var flank = t.IntronBefore(t.ExonAt(exonStart));
        if (flank.IsEmpty)
        {
            return false;
        }

        var n = Math.Min(prefix.Length, flank.Length);
        return Mismatches.CountEqualLength(prefix[^n..], flank[^n..]) <= n / 10;
    }

    /// <summary>A kinase read that starts at one of its internal exon starts, after an unplaced stretch: novel-partner evidence.</summary>
    private bool TryNovel(ReadOnlySpan<byte> read, Segment b, ref ReadResult result)
    {
        var t = index.Transcripts[b.Transcript];
        if (!options.NovelPartnerGenes.Contains(index.Genes[t.Gene].Name))
        {
            return false;
        }

        for (var j = b.Start; j <= Math.Min(b.Start + BoundarySlack, b.End - options.MinAnchor); j++)
        {
            if (j >= options.NovelClipFor(read.Length) && index.IsExonStart(t, j + b.Diagonal))
            {
                if (IsUnsplicedIntron(read[..j], t, j + b.Diagonal))
                {
                    return false;
                }

                result.NovelTranscript = t.Index;
                result.NovelPosition = j + b.Diagonal;
                result.NovelPrefix = read[..j].ToArray();
                return true;
            }
        }

        return false;
    }
}
