namespace Trek.Web.Data.Entities;

/// <summary>A background fusion-detection run on an uploaded FASTQ pair; progress in read pairs.</summary>
public sealed class FastqJob : RegistryEntity
{
    public long SampleId { get; set; }

    public JobState State { get; set; }

    public long PairsDone { get; set; }

    public string? Message { get; set; }

    public required string Directory { get; set; }
}
