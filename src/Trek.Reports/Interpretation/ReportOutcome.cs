namespace Trek.Reports.Interpretation;

/// <summary>The headline of the report, from the NTRK findings.</summary>
public enum ReportOutcome
{
    /// <summary>At least one oncogenic NTRK fusion.</summary>
    Positive,

    /// <summary>NTRK calls, none established as oncogenic (partner unknown, low confidence, spanning only).</summary>
    Indeterminate,

    /// <summary>NTRK calls whose structure cannot yield a TRK kinase fusion.</summary>
    NotActionable,

    /// <summary>No NTRK call.</summary>
    Negative,
}
