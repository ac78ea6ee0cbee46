namespace Trek.Fusion.Calling;

/// <summary>
/// Confidence in the spirit of Arriba's high/medium/low: high needs an exact breakpoint at exon
/// boundaries on both sides, at least two split reads with one long anchor, and three fragments in all;
/// spanning-only calls (no exact breakpoint) and partner-unknown calls (partner not verified) are at most medium.
/// </summary>
public static class ConfidenceRule
{
    public static string Assess(FusionCall c, FusionOptions options)
    {
        if (c.Breakpoint1 == "." && c.SplitReads > 0)
        {
            return c.Support >= 3 && c.LargeAnchorSupport ? "medium" : "low";
        }

        if (c.SplitReads == 0)
        {
            return c.SpanningPairs >= 3 ? "medium" : "low";
        }

        var splice = c.Site1 == "splice-site" && c.Site2 == "splice-site";
        if (splice && c.SplitReads >= 2 && c.Support >= 3 && c.LargeAnchorSupport)
        {
            return "high";
        }

        return c.Support >= options.MinSupport && (c.LargeAnchorSupport || c.SplitReads >= 2) ? "medium" : "low";
    }
}
