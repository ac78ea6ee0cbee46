namespace Trek.Fusion.Filters;

/// <summary>
/// Low-complexity sequence at the break (poly-A, dinucleotide repeats) aligns anywhere; Arriba's
/// "low_entropy" filter removes such anchors. Rule: fewer than 8 distinct 3-mers in the 20 bases on either side.
/// </summary>
public sealed class LowComplexityFilter : IFusionFilter
{
    private const int Window = 20;
    private const int MinDistinctTrimers = 8;

    public string Name => "low_complexity";

    public bool Removes(FilterInput c)
    {
        var seq = c.Call.FusionTranscript;
        var bar = seq.IndexOf('|');
        if (bar < 0)
        {
            return false;
        }

        var left = seq[Math.Max(0, bar - Window)..bar];
        var right = seq[(bar + 1)..Math.Min(seq.Length, bar + 1 + Window)];
        return IsLow(left) || IsLow(right);
    }

    internal static bool IsLow(string s)
    {
        if (s.Length < Window)
        {
            return false;
        }

        var seen = new HashSet<string>();
        for (var i = 0; i + 3 <= s.Length; i++)
        {
            seen.Add(s.Substring(i, 3));
        }

        return seen.Count < MinDistinctTrimers;
    }
}
