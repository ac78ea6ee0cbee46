namespace Trek.Fusion.Calling;

/// <summary>One partner contig at a partner-unknown site, its share of the site's fragments, and where it matched a named 5' gene (if it was tried and did).</summary>
internal sealed record PartnerSite((int Gene, long Locus) Key, NovelEvidence Site, PartnerContig Contig, long Support, PartnerMatch? Match);
