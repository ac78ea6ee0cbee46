namespace Trek.Fusion.Calling;

/// <summary>
/// Confidence in the spirit of Arriba's high/medium/low: high needs an exact breakpoint at exon
/// boundaries on both sides, at least two split reads with one long anchor, and three fragments in all;
/// spanning-only calls (no exact breakpoint) and partner-unknown calls (partner not verified) are at most medium;
/// a break inside exons on both sides with fewer than 5 split reads or 2 spanning pairs is low.
/// </summary>
public static class ConfidenceRule
{
    public static string Assess(FusionCall c, FusionOptions options)
    {
        if (c.Breakpoint1 == "." && c.SplitReads > 0)
        {
            return c.SplitReads >= 2 && c.Support >= 3 && c.LargeAnchorSupport ? "medium" : "low";
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

        // A break inside exons on both sides is how repeats (Alu copies in UTRs, chimeric reads of genomic
        // repeats) and mis-primed cDNA look; RNA fusions join splice sites. Such a call reaches medium only
        // with 5 split reads and 2 spanning pairs: repeat chimeras come from fragments whose mates lie outside
        // the genes, so they have split reads but no spanning pairs (TMPRSS2::ETV1 in the spike-ins has both).
        var neitherSplice = c.Site1 != "splice-site" && c.Site2 != "splice-site";
        if (neitherSplice && (c.SplitReads < 5 || c.SpanningPairs < 2))
        {
            return "low";
        }

        return c.Support >= options.MinSupport && (c.LargeAnchorSupport || c.SplitReads >= 2) ? "medium" : "low";
    }
}
