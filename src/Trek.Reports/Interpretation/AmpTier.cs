namespace Trek.Reports.Interpretation;

/// <summary>AMP/ASCO/CAP 2017 tiers (Li et al. 2017, Figure 2); <see cref="NotAssigned"/> when the call or the tumour class does not allow one.</summary>
public enum AmpTier
{
    NotAssigned,
    TierI,
    TierII,
    TierIII,
    TierIV,
}
