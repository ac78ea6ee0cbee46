namespace Trek.Reports.Interpretation;

/// <summary>AMP/ASCO/CAP 2017 levels of evidence (Li et al. 2017, Table 2): A and B for Tier I, C and D for Tier II.</summary>
public enum AmpLevel
{
    None,
    A,
    B,
    C,
    D,
}
