namespace Trek.Reports.Cohort;

/// <summary>
/// The cohort view: samples in sheet order, every fusion key (most samples first), each sample's strongest call
/// per fusion (the matrix), the recurrent fusions, NTRK partners and per-sample QC. Built by <see cref="CohortBuilder"/>.
/// </summary>
public sealed record CohortSummary(
    IReadOnlyList<CohortSample> Samples,
    IReadOnlyList<SheetEntry> Excluded,
    IReadOnlyList<string> Fusions,
    IReadOnlyDictionary<(string Sample, string Fusion), CohortCall> Matrix,
    IReadOnlyList<RecurrentFusion> Recurrent,
    IReadOnlyList<NtrkPartner> NtrkPartners,
    IReadOnlyList<SampleQc> Qc);
