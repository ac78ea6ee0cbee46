using Trek.Fusion.Filters;

namespace Trek.Fusion.Calling;

/// <summary>
/// Confidence in the spirit of Arriba's high/medium/low: high needs an exact breakpoint at exon
/// boundaries on both sides, at least two split reads with one long anchor, and three fragments in all;
/// spanning-only calls (no exact breakpoint) and partner-unknown calls (partner not verified) are at most medium;
/// a break inside exons on both sides with fewer than 5 split reads or 2 spanning pairs is low.
/// </summary>
public static class ConfidenceRule
{
    public static Confidence Assess(FusionCandidate candidate, FusionOptions options)
    {
        var c = candidate.Call;
        if (c.Break1 is null && c.SplitReads > 0)
        {
            return c.SplitReads >= 2 && c.Support >= 3 && c.LargeAnchorSupport ? Confidence.Medium : Confidence.Low;
        }

        if (c.SplitReads == 0)
        {
            return c.SpanningPairs >= 3 ? Confidence.Medium : Confidence.Low;
        }

        var splice = c.Site1 == JunctionSite.SpliceSite && c.Site2 == JunctionSite.SpliceSite;
        if (splice && c.SplitReads >= 2 && c.Support >= 3 && c.LargeAnchorSupport)
        {
            return Confidence.High;
        }

        // A break inside exons on both sides is how repeats (Alu copies in UTRs, chimeric reads of genomic
        // repeats) and mis-primed cDNA look; RNA fusions join splice sites. Such a call reaches medium only
        // with 5 split reads and 2 spanning pairs: repeat chimeras come from fragments whose mates lie outside
        // the genes, so they have split reads but no spanning pairs (TMPRSS2::ETV1 in the spike-ins has both).
        var neitherSplice = c.Site1 != JunctionSite.SpliceSite && c.Site2 != JunctionSite.SpliceSite;
        if (neitherSplice && (c.SplitReads < 5 || c.SpanningPairs < 2))
        {
            return Confidence.Low;
        }

        return c.Support >= options.MinSupport && (c.LargeAnchorSupport || c.SplitReads >= 2) ? Confidence.Medium : Confidence.Low;
    }
}
