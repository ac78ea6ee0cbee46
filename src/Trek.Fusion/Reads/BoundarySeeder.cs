using Trek.Fusion.Index;

namespace Trek.Fusion.Reads;

/// <summary>
/// Places a short read that no 31-mer of the index hits: with 50-bp reads a junction near the middle leaves
/// fewer than 31 bases on either side. RNA fusions join exon boundaries, so the read is searched for a
/// position where the 12 bases after it start an internal exon (exon-start map) and the rest of the read
/// lies on that exon's transcript; the part before it is then either the 12-base end of an exon of another
/// gene (a split read, refined base by base) or, for a kinase of --novel-genes, unplaced sequence of at least
/// --min-novel-clip bases (a partner-unknown read). Used only for a mate whose other mate is on the index,
/// so the off-index reads that make up most of a sample never pay for it.
/// </summary>
internal sealed class BoundarySeeder(FusionIndex index, FusionOptions options, JunctionRefiner refiner)
{
    private const int N = BoundaryMap.Length;

    public bool TryPlace(ReadOnlySpan<byte> fwd, ReadOnlySpan<byte> rev, int maxMismatches, ref ReadResult result)
    {
        return TryOrientation(fwd, false, maxMismatches, ref result) || TryOrientation(rev, true, maxMismatches, ref result);
    }

    private bool TryOrientation(ReadOnlySpan<byte> read, bool antisense, int maxMismatches, ref ReadResult result)
    {
        var length = read.Length;
        for (var j = options.MinAnchor; j + Math.Max(N, options.MinAnchor) <= length; j++)
        {
            foreach (var site in index.ExonStarts.Find(read.Slice(j, N)))
            {
                var tb = index.Transcripts[(int)(site >> 32)];
                var diagonalB = (int)(uint)site - j;
                var allowed = Math.Min(maxMismatches, (int)(options.MaxMismatchRate * (length - j)));
                if (Mismatches.Count(read, tb.Codes, diagonalB, j, length) > allowed)
                {
                    continue;
                }

                var b = new Segment(tb.Index, tb.Gene, diagonalB, antisense, j, length);
                if (TryPartner(read, b, j, maxMismatches, ref result))
                {
                    return true;
                }

                if (j >= options.NovelClipFor(length) && options.NovelPartnerGenes.Contains(index.Genes[tb.Gene].Name)
                    && !ChimeraResolver.IsUnsplicedIntron(read[..j], tb, j + diagonalB))
                {
                    result.Kind = ReadKind.Novel;
                    result.Segment = b;
                    result.NovelTranscript = tb.Index;
                    result.NovelPosition = j + diagonalB;
                    result.NovelPrefix = read[..j].ToArray();
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The 12 bases before the cut end an exon of another gene and the whole 5' part lies on it.</summary>
    private bool TryPartner(ReadOnlySpan<byte> read, Segment b, int j, int maxMismatches, ref ReadResult result)
    {
        foreach (var site in index.ExonEnds.Find(read.Slice(j - N, N)))
        {
            var ta = index.Transcripts[(int)(site >> 32)];
            if (ta.Gene == b.Gene)
            {
                continue;
            }

            var diagonalA = (int)(uint)site - (j - 1);
            var allowed = Math.Min(maxMismatches, (int)(options.MaxMismatchRate * j));
            if (Mismatches.Count(read, ta.Codes, diagonalA, 0, j) > allowed)
            {
                continue;
            }

            var a = new Segment(ta.Index, ta.Gene, diagonalA, b.Antisense, 0, j);
            if (refiner.TryRefine(read, a, b, maxMismatches, options.MinAnchor, out var split))
            {
                result.Kind = ReadKind.Split;
                result.Split = split;
                return true;
            }
        }

        return false;
    }
}
