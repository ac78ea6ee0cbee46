using Trek.Web.Jobs;
using Trek.Web.Security;

namespace Trek.Web.Api;

/// <summary>/api/fastq-jobs: FASTQ detection jobs with their live progress, and cancel. Uploads go through the page (streamed multipart).</summary>
public static class FastqJobEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var read = api.MapGroup("/fastq-jobs").Secured(Policies.ApiRead).WithTags("fastq-jobs");
        read.MapGet("/", async (long? patientId, FastqJobService jobs, CancellationToken ct) => await jobs.ListAsync(patientId, ct))
            .WithSummary("FASTQ jobs, newest first, optionally of one patient; a running job shows the read pairs read so far.");
        read.MapGet("/{id:long}", async (long id, FastqJobService jobs, CancellationToken ct) =>
                await jobs.GetAsync(id, ct) is { } job ? Results.Ok(job) : Results.Problem($"no FASTQ job {id}", statusCode: 404))
            .WithSummary("One FASTQ job.");

        var data = api.MapGroup("/fastq-jobs").Secured(Policies.ApiData).WithTags("fastq-jobs");
        data.MapPost("/{id:long}/cancel", async (long id, FastqJobService jobs, CancellationToken ct) =>
                await jobs.CancelAsync(id, ct) is { } job ? Results.Ok(job) : Results.Problem($"no FASTQ job {id}", statusCode: 404))
            .WithSummary("Cancel a queued or running FASTQ job (its uploaded files are removed).");
    }
}
