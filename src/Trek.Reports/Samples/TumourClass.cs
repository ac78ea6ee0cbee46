namespace Trek.Reports.Samples;

/// <summary>Solid or haematological: the larotrectinib and entrectinib approvals cover solid tumours only. Unknown stays unknown.</summary>
public enum TumourClass
{
    Unknown,
    Solid,
    Haematological,
}
