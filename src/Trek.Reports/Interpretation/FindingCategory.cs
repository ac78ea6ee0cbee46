namespace Trek.Reports.Interpretation;

/// <summary>What an NTRK call amounts to, checked in this order by <see cref="FusionInterpreter"/>.</summary>
public enum FindingCategory
{
    /// <summary>In frame, kinase domain retained, NTRK 3', high or medium confidence: an oncogenic NTRK fusion.</summary>
    Oncogenic,

    /// <summary>The 5' partner was not identified: sequence assembled from reads, confirmation needed.</summary>
    PartnerUnknown,

    /// <summary>Only spanning pairs: genes joined, but no breakpoint, frame or domain.</summary>
    SpanningOnly,

    /// <summary>Low-confidence call: not presented as actionable.</summary>
    LowConfidence,

    /// <summary>Identified structure that cannot make a TRK kinase fusion protein (NTRK 5', domain lost, out of frame, early stop).</summary>
    NotOncogenicStructure,

    /// <summary>Both partners identified, nothing against it, but frame or domain not determined: confirmation needed.</summary>
    StructureIncomplete,
}
