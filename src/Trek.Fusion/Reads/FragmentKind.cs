namespace Trek.Fusion.Reads;

/// <summary>What one read pair is evidence of (<see cref="FragmentClassifier.Decide"/>).</summary>
public enum FragmentKind : byte
{
    /// <summary>Neither mate is on the index.</summary>
    OffIndex,

    /// <summary>On the index, but evidence of no fusion.</summary>
    None,

    /// <summary>A mate crosses a junction between two genes.</summary>
    Split,

    /// <summary>One mate on each of two genes, in the orientation a fusion transcript gives.</summary>
    Spanning,

    /// <summary>A mate enters a kinase exon start from sequence not in the index.</summary>
    Novel,
}
