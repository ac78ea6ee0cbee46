namespace Trek.Reports.Stats;

/// <summary>`trek fusions --stats` (schema trek.fusions.stats/1, /work/coord/STATS.md): the QC and provenance a report prints.</summary>
public sealed record FusionRunStats(
    string? Sample,
    string TrekVersion,
    string IndexPath,
    string IndexSha256,
    string? Assembly,
    string? Annotation,
    long PairsRead,
    long PairsOnIndex,
    long DuplicateFragments,
    IReadOnlyList<FilterStage> Stages,
    long HighCalls,
    long MediumCalls,
    long LowCalls,
    long Discarded)
{
    /// <summary>Duplicate fragments over pairs read; null when no pairs were read.</summary>
    public double? DuplicateRate => PairsRead == 0 ? null : (double)DuplicateFragments / PairsRead;

    public double? OnIndexRate => PairsRead == 0 ? null : (double)PairsOnIndex / PairsRead;
}

/// <summary>One filter stage and the candidates remaining after it.</summary>
public sealed record FilterStage(string Stage, long Remaining);
