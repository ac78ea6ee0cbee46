namespace Trek.Reports.Cohort;

/// <summary>The `confidence` column of fusions.tsv (docs/fusion.md); ordered so that a higher value is a stronger call.</summary>
public enum CallConfidence
{
    Low = 0,
    Medium = 1,
    High = 2,
}
