namespace Trek.Reports.Interpretation;

/// <summary>AMP tier and level for one finding, with the reason and the therapies the level refers to.</summary>
public sealed record TierAssignment(AmpTier Tier, AmpLevel Level, TierReason Reason, IReadOnlyList<Therapy> Therapies)
{
    public bool Actionable => Tier is AmpTier.TierI or AmpTier.TierII && Therapies.Count > 0;
}
