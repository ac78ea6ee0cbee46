namespace Trek.Fusion.Filters;

/// <summary>
/// Low-complexity sequence at the break (poly-A, dinucleotide repeats) aligns anywhere; Arriba's
/// "low_entropy" filter removes such anchors. Rule: fewer than 8 distinct 3-mers in the 20 bases on either side.
/// </summary>
public sealed class LowComplexityFilter : IFusionFilter
{
    private const int Window = 20;
    private const int MinDistinctTrimers = 8;

    public FilterId Id => FilterId.LowComplexity;

    public bool Removes(FusionCandidate c)
    {
        if (c.Call.Junction is not { } j)
        {
            return false;
        }

        var left = j.FivePrime[Math.Max(0, j.FivePrime.Length - Window)..];
        var right = j.ThreePrime[..Math.Min(j.ThreePrime.Length, Window)];
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
