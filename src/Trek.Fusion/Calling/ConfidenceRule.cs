namespace Trek.Fusion.Calling;

/// <summary>
/// Confidence in the spirit of Arriba's high/medium/low: high needs an exact breakpoint at exon
/// boundaries on both sides, at least two split reads with one long anchor, and three fragments in all;
/// spanning-only calls (no exact breakpoint) and partner-unknown calls (partner not verified) are at most medium;
/// a break inside exons on both sides with fewer than 5 split reads is low.
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

        // A break inside exons on both sides is how repeats and mis-primed cDNA look; RNA fusions join splice sites.
        // Such a call needs 5 split reads to reach medium (TMPRSS2::ETV1 in the spike-ins is one with 12).
        var neitherSplice = c.Site1 != "splice-site" && c.Site2 != "splice-site";
        if (neitherSplice && c.SplitReads < 5)
        {
            return "low";
        }

        return c.Support >= options.MinSupport && (c.LargeAnchorSupport || c.SplitReads >= 2) ? "medium" : "low";
    }
}
