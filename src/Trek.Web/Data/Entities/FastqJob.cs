namespace Trek.Web.Data.Entities;

/// <summary>
/// A background fusion-detection run on an uploaded FASTQ pair of a sample. The row is the job's durable state (the
/// queue survives a restart; a job that was running when the registry stopped becomes <see cref="JobState.Interrupted"/>);
/// the live read count of a running job is in memory (Jobs/FastqJobQueue), <see cref="PairsDone"/> the final one.
/// </summary>
public sealed class FastqJob : RegistryEntity
{
    public long SampleId { get; set; }

    public JobState State { get; set; }

    /// <summary>Read pairs read by the finished run (0 until it finishes).</summary>
    public long PairsDone { get; set; }

    /// <summary>Why the job failed or was cancelled (one line), or a summary when done.</summary>
    public string? Message { get; set; }

    /// <summary>The job's folder under the jobs directory: a generated name, never taken from the upload.</summary>
    public required string Directory { get; set; }

    /// <summary>The uploaded mate names, reduced to letters, digits, '.', '_' and '-' (for display only; the stored files have fixed names).</summary>
    public string Read1Name { get; set; } = "";

    public string Read2Name { get; set; } = "";

    public long Read1Bytes { get; set; }

    public long Read2Bytes { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The fusions.tsv the job stored for the sample (FusionUploads), when done.</summary>
    public long? FusionUploadId { get; set; }

    /// <summary>Calls reported, when done.</summary>
    public int? Calls { get; set; }
}
