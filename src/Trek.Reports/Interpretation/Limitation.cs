namespace Trek.Reports.Interpretation;

/// <summary>Limits of the method that the report states (Li et al. 2017 and Gulley et al. 2007 ask for them on every report).</summary>
public enum Limitation
{
    /// <summary>Only fusions whose 3' (kinase) gene is in the index are detected; partners may be anywhere for partner-unknown calls.</summary>
    GenesInIndexOnly,

    /// <summary>RNA-based: an unexpressed or degraded transcript is missed (FFPE RNA quality).</summary>
    ExpressionAndRnaQuality,

    /// <summary>Tumour content below the stated threshold (or not stated) lowers sensitivity.</summary>
    TumourContent,

    /// <summary>Few read pairs sequenced or on the index: sensitivity is reduced.</summary>
    LowDepth,

    /// <summary>Trek's analytical validity has not been established by a clinical validation study.</summary>
    NotClinicallyValidated,

    /// <summary>Partner-unknown calls: the partner was not identified; structure and frame need confirmation.</summary>
    PartnerNotIdentified,
}
