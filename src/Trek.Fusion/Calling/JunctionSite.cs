namespace Trek.Fusion.Calling;

/// <summary>Where a break falls on its transcript: on an exon boundary (a splice site), inside an exon, or unknown (no exon structure).</summary>
public enum JunctionSite
{
    Unknown,
    SpliceSite,
    Exon,
}
