namespace Trek.Clinical.Eligibility;

/// <summary>Met, not met, or unknown (a missing value; treated as not met).</summary>
public enum CriterionStatus
{
    Met,
    NotMet,
    Unknown,
}
