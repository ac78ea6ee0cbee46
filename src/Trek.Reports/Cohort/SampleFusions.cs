namespace Trek.Reports.Cohort;

/// <summary>A sample's fusions.tsv: its name and read-pair count from the provenance lines, and its calls in file order.</summary>
public sealed record SampleFusions(string Source, string Sample, long Fragments, IReadOnlyList<CohortCall> Calls);
