namespace Trek.Fusion.Evidence;

/// <summary>How a fragment supports a call; written as the SAM tag `YT:Z:split` or `YT:Z:spanning`.</summary>
public enum EvidenceKind : byte
{
    Split,
    Spanning,
}
