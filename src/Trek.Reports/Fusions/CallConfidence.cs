namespace Trek.Reports.Fusions;

/// <summary>fusions.tsv `confidence` (Arriba-style; docs/fusion.md gives the rule).</summary>
public enum CallConfidence
{
    High,
    Medium,
    Low,
}
