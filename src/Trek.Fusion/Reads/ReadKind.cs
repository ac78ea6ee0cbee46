namespace Trek.Fusion.Reads;

/// <summary>What one read shows.</summary>
public enum ReadKind : byte
{
    /// <summary>No sampled k-mer is in the index: the read is not from an indexed gene.</summary>
    NoHit,

    /// <summary>The whole read lies on one transcript.</summary>
    Full,

    /// <summary>Part of the read lies on a transcript; the rest could not be placed (intron, unannotated splice, adapter).</summary>
    Partial,

    /// <summary>The read crosses a junction between two different genes.</summary>
    Split,

    /// <summary>The read's 3' part lies on a kinase gene from an exon start; its 5' part is not in the index.</summary>
    Novel,
}
