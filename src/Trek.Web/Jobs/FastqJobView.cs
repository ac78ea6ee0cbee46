using Trek.Web.Data.Entities;

namespace Trek.Web.Jobs;

/// <summary>A FASTQ job as the page and GET /api/fastq-jobs show it: the stored row plus the live read count while it runs.</summary>
public sealed record FastqJobView(
    long Id,
    long SampleId,
    string SampleCode,
    JobState State,
    long PairsRead,
    string? Message,
    string Read1Name,
    string Read2Name,
    long Read1Bytes,
    long Read2Bytes,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int? Calls,
    long? FusionUploadId)
{
    /// <summary>Queued or running: the page offers Cancel and refreshes itself.</summary>
    public bool Active => State is JobState.Queued or JobState.Running;

    /// <summary>The state in words ("failed (interrupted)" for <see cref="JobState.Interrupted"/>).</summary>
    public string StateText => State == JobState.Interrupted ? "failed (interrupted)" : State.ToString().ToLowerInvariant();

    public static FastqJobView Of(FastqJob j, string sampleCode, FastqJobQueue queue) => new(
        j.Id, j.SampleId, sampleCode, j.State, j.State == JobState.Running ? queue.PairsRead(j.Id) ?? 0 : j.PairsDone, j.Message, j.Read1Name, j.Read2Name,
        j.Read1Bytes, j.Read2Bytes, j.CreatedBy, j.CreatedAt, j.StartedAt, j.FinishedAt, j.Calls, j.FusionUploadId);
}
