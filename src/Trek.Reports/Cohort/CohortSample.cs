namespace Trek.Reports.Cohort;

/// <summary>One sample of the cohort: its sheet row, its calls and its run's stage counts, checked to agree.</summary>
public sealed record CohortSample(SheetEntry Entry, SampleFusions Fusions, RunStats Stats)
{
    public string Name => Entry.Sample;
}
