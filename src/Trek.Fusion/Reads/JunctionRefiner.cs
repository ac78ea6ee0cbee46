using Trek.Fusion.Index;

namespace Trek.Fusion.Reads;

/// <summary>
/// Places the break of a chimeric read exactly: for every cut j, the mismatches of read[0..j) against
/// the 5' transcript plus read[j..) against the 3' transcript; the fewest wins. Cuts that tie form the
/// micro-homology; among them a cut at exon boundaries on both sides (the splice-site junction that RNA
/// fusions almost always use) is preferred, then the leftmost. The tie width is reported, not hidden.
/// </summary>
internal sealed class JunctionRefiner(FusionIndex index)
{
    private int[] _prefix = new int[513];
    private int[] _suffix = new int[513];

    public bool TryRefine(ReadOnlySpan<byte> read, Segment a, Segment b, int maxMismatches, int minAnchor, out SplitHit hit)
    {
        hit = default;
        var length = read.Length;
        if (_prefix.Length < length + 1)
        {
            _prefix = new int[(length * 2) + 1];
            _suffix = new int[(length * 2) + 1];
        }

        var ta = index.Transcripts[a.Transcript];
        var tb = index.Transcripts[b.Transcript];
        var ca = ta.Codes;
        var cb = tb.Codes;
        _prefix[0] = 0;
        for (var x = 0; x < length; x++)
        {
            var p = x + a.Diagonal;
            _prefix[x + 1] = _prefix[x] + (p >= 0 && p < ca.Length && ca[p] == read[x] && read[x] < 4 ? 0 : 1);
        }

        _suffix[length] = 0;
        for (var x = length - 1; x >= 0; x--)
        {
            var p = x + b.Diagonal;
            _suffix[x] = _suffix[x + 1] + (p >= 0 && p < cb.Length && cb[p] == read[x] && read[x] < 4 ? 0 : 1);
        }

        var best = int.MaxValue;
        for (var j = 1; j < length; j++)
        {
            best = Math.Min(best, _prefix[j] + _suffix[j]);
        }

        if (best > maxMismatches)
        {
            return false;
        }

        int first = -1, last = -1, boundary = -1, halfBoundary = -1;
        for (var j = 1; j < length; j++)
        {
            if (_prefix[j] + _suffix[j] != best)
            {
                continue;
            }

            if (first < 0)
            {
                first = j;
            }

            last = j;
            var endA = index.IsExonEnd(ta, j - 1 + a.Diagonal);
            var startB = index.IsExonStart(tb, j + b.Diagonal);
            if (endA && startB && boundary < 0)
            {
                boundary = j;
            }
            else if ((endA || startB) && halfBoundary < 0)
            {
                halfBoundary = j;
            }
        }

        var cut = boundary >= 0 ? boundary : halfBoundary >= 0 ? halfBoundary : first;
        if (cut < minAnchor || length - cut < minAnchor)
        {
            return false;
        }

        // Does one gene alone explain the read almost as well (80 % identity, the divergence of Alu copies
        // and recent paralogues)? Then the "junction" is a mapping artefact. Unrelated sequence matches 25 %.
        var tailOnA = _prefix[length] - _prefix[cut];
        var headOnB = _suffix[0] - _suffix[cut];
        var homologous = tailOnA <= (length - cut) / 5 || headOnB <= cut / 5;
        hit = new SplitHit(a.Transcript, cut - 1 + a.Diagonal, b.Transcript, cut + b.Diagonal, cut, length - cut, last - first, homologous);
        return true;
    }
}
