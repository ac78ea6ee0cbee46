namespace Trek.Fusion.Reads;

/// <summary>
/// Gapless X-drop extension of an exact seed along one diagonal (+1 a match, -4 a mismatch, stop when
/// the score falls 12 below its best): it steps over isolated sequencing errors but stops at a junction.
/// </summary>
internal static class Extension
{
    private const int Match = 1;
    private const int Mismatch = -4;
    private const int XDrop = 12;

    public static (int Start, int End) Extend(ReadOnlySpan<byte> read, ReadOnlySpan<byte> transcript, int diagonal, int seedStart, int seedEnd)
    {
        var end = seedEnd;
        var score = 0;
        var best = 0;
        for (var x = seedEnd; x < read.Length; x++)
        {
            var t = x + diagonal;
            if (t >= transcript.Length)
            {
                break;
            }

            score += read[x] == transcript[t] && read[x] < 4 ? Match : Mismatch;
            if (score > best)
            {
                best = score;
                end = x + 1;
            }
            else if (best - score > XDrop)
            {
                break;
            }
        }

        var start = seedStart;
        score = 0;
        best = 0;
        for (var x = seedStart - 1; x >= 0; x--)
        {
            var t = x + diagonal;
            if (t < 0)
            {
                break;
            }

            score += read[x] == transcript[t] && read[x] < 4 ? Match : Mismatch;
            if (score > best)
            {
                best = score;
                start = x;
            }
            else if (best - score > XDrop)
            {
                break;
            }
        }

        return (start, end);
    }
}
