namespace Trek.Reports.Cohort;

/// <summary>`trek fusions --stats` JSON, schema trek.fusions.stats/1 (the contract in docs/fusion.md and the workflow's QC).</summary>
public sealed record RunStats(
    string Schema,
    string Sample,
    string TrekVersion,
    RunStatsIndex Index,
    long PairsRead,
    long PairsOnIndex,
    long DuplicateFragments,
    IReadOnlyList<RunStatsStage> Stages,
    RunStatsCalls Calls,
    long Discarded);

/// <summary>The index a run used, with its checksum.</summary>
public sealed record RunStatsIndex(string Path, string Sha256, string? Assembly, string? Annotation);

/// <summary>Candidates left after one stage, in filter order.</summary>
public sealed record RunStatsStage(string Stage, long Remaining);

/// <summary>Passing calls by confidence.</summary>
public sealed record RunStatsCalls(int High, int Medium, int Low);
