namespace Trek.Reports.Interpretation;

/// <summary>A structural or technical criterion a fusion call is checked against (ClinGen NTRK fusion criteria; Trek call confidence).</summary>
public enum Criterion
{
    /// <summary>The NTRK gene is the 3' partner, so its kinase domain is downstream of the partner's promoter.</summary>
    Orientation,

    /// <summary>The TRK kinase domain is kept in the fused transcript.</summary>
    KinaseDomainRetained,

    /// <summary>The 5' partner's coding sequence joins the NTRK coding sequence in its own frame.</summary>
    InFrame,

    /// <summary>The call is high or medium confidence (exact breakpoint and enough reads).</summary>
    CallConfidence,

    /// <summary>Both partners are identified by an exact breakpoint.</summary>
    PartnerIdentified,
}
