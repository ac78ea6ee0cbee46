namespace Trek.Fusion.Calling;

/// <summary>Confidence of a call (Arriba's three tiers); declared best first, so the numeric value is the sort rank.</summary>
public enum Confidence
{
    High,
    Medium,
    Low,
}
