namespace Trek.Reports.Fusions;

/// <summary>fusions.tsv `site1`/`site2`: the break is at an exon boundary (splice-site), inside an exon, or unknown (".").</summary>
public enum SiteKind
{
    Unknown,
    SpliceSite,
    Exon,
}
