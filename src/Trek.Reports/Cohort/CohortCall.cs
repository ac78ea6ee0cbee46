namespace Trek.Reports.Cohort;

/// <summary>
/// One row of a sample's fusions.tsv, typed: the fields the cohort outputs use. <see cref="Key"/> names
/// the fusion across samples: the HGNC name, or `.::GENE` / `GENE::.` (the fusions TSV's form) when a partner is unknown.
/// </summary>
public sealed record CohortCall(
    string Key,
    string? Gene1,
    string? Gene2,
    string? Breakpoint1,
    string? Breakpoint2,
    string? Exon1,
    string? Exon2,
    int SplitReads,
    int SpanningPairs,
    decimal Ffpm,
    string? ReadingFrame,
    string? KinaseDomainRetained,
    CallConfidence Confidence)
{
    /// <summary>Distinct supporting fragments as the caller counts them: split reads plus spanning pairs.</summary>
    public int Support => SplitReads + SpanningPairs;
}
