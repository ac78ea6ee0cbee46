namespace Trek.Reports.Diagram;

/// <summary>
/// One partner transcript as drawn: exons, CDS and kinase-domain spans (transcript coordinates, -1 when absent) and
/// the part kept in the fusion, [KeptStart, KeptEnd).
/// </summary>
public sealed record DiagramTranscript(
    string Gene,
    string TranscriptId,
    int Length,
    IReadOnlyList<DiagramExon> Exons,
    int CdsStart,
    int CdsEnd,
    int DomainStart,
    int DomainEnd,
    int KeptStart,
    int KeptEnd)
{
    public bool HasDomain => DomainStart >= 0 && DomainEnd > DomainStart;

    public bool HasCds => CdsStart >= 0 && CdsEnd > CdsStart;

    /// <summary>Coding bases of this partner inside the kept part.</summary>
    public int KeptCoding => HasCds ? Math.Max(0, Math.Min(CdsEnd, KeptEnd) - Math.Max(CdsStart, KeptStart)) : 0;
}
