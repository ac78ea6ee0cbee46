using Microsoft.EntityFrameworkCore;
using Trek.Core;
using Trek.Fusion;
using Trek.Fusion.Index;
using Trek.Fusion.Output;
using Trek.Fusion.Pipeline;
using Trek.IO;
using Trek.Web.Data;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;
using Trek.Web.Import;

namespace Trek.Web.Jobs;

/// <summary>
/// Runs queued FASTQ jobs one at a time with the library use case `trek fusions` calls (<see cref="FusionRun"/>, no
/// process is started), then stores the calls for the sample through the same importer as an uploaded fusions.tsv.
/// On start, jobs left Running by a previous process (crash, kill -9) become Interrupted; a job stopped by shutdown
/// becomes Interrupted too, a job cancelled by a user Cancelled. A job's folder is removed unless it finished.
/// </summary>
public sealed class FastqJobRunner(IServiceScopeFactory scopes, FastqJobQueue queue, RegistrySettings settings, ILogger<FastqJobRunner> log) : BackgroundService
{
    private FusionIndex? _index;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await RecoverAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var id = await ClaimNextAsync(stoppingToken);
            if (id is { } jobId)
            {
                await RunAsync(jobId, stoppingToken);
            }
            else
            {
                await queue.WaitAsync(TimeSpan.FromSeconds(10), stoppingToken);
            }
        }
    }

    /// <summary>Jobs Running in the database but not in this new process were cut off: mark them and remove their files.</summary>
    private async Task RecoverAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        foreach (var job in await db.FastqJobs.Where(j => j.State == JobState.Running).ToListAsync(ct))
        {
            job.State = JobState.Interrupted;
            job.Message = "interrupted: the registry stopped while this job ran; upload the files again to rerun it";
            job.FinishedAt = DateTimeOffset.UtcNow;
            RemoveFolder(job);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Marks the oldest queued job Running; null when none (or a user cancelled it first: the row version says so).</summary>
    private async Task<long?> ClaimNextAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var job = await db.FastqJobs.Where(j => j.State == JobState.Queued).OrderBy(j => j.Id).FirstOrDefaultAsync(ct);
        if (job is null)
        {
            return null;
        }

        job.State = JobState.Running;
        job.StartedAt = DateTimeOffset.UtcNow;
        try
        {
            await db.SaveChangesAsync(ct);
            return job.Id;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
    }

    private async Task RunAsync(long jobId, CancellationToken stopping)
    {
        var running = queue.Register(jobId, stopping);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var job = await db.FastqJobs.SingleAsync(j => j.Id == jobId, CancellationToken.None);
        var sample = await db.Samples.AsNoTracking().SingleAsync(s => s.Id == job.SampleId, CancellationToken.None);
        var folder = FastqStorage.JobFolder(settings, job.Directory);
        var ct = running.Cancellation.Token;
        try
        {
            var index = _index ??= IndexStore.Load(settings.FusionIndex ?? throw new InvalidOperationException("no fusion index configured"));
            var read1 = new LineCountingStream(InputFile.OpenRead(Path.Combine(folder, FastqStorage.Read1File)));
            running.Read1 = read1;
            var read2 = InputFile.OpenRead(Path.Combine(folder, FastqStorage.Read2File));
            var options = new FusionOptions();
            var result = await Task.Run(() => FusionRun.Run(index, new ReadInput(read1, job.Read1Name, null), new ReadInput(read2, job.Read2Name, null), options, sample.Code, null, ct), ct);

            // The same fusions.tsv `trek fusions` writes, then the one import path (sniffed, read by the one reader, stored with the file).
            var name = $"job{job.Id}.fusions.tsv";
            var tsv = Path.Combine(folder, name);
            var command = $"trek serve: FASTQ job {job.Id} (fusions --r1 {job.Read1Name} --r2 {job.Read2Name} --sample {sample.Code})";
            await using (var file = new FileStream(tsv, FileMode.CreateNew, FileAccess.Write))
            {
                FusionTsvWriter.Write(file, FusionProvenanceLines.Of(result.Provenance, command, settings.FusionIndex!, sample.Code), result.Calls, sample.Code);
            }

            FusionImport imported;
            await using (var file = File.OpenRead(tsv))
            {
                imported = await scope.ServiceProvider.GetRequiredService<FusionImporter>().ImportAsync(sample.Id, file, name, CancellationToken.None);
            }

            File.Delete(tsv);
            job.State = JobState.Done;
            job.PairsDone = result.Provenance.Pairs;
            job.Calls = imported.Calls.Count;
            job.FusionUploadId = imported.Upload.Id;
            job.Message = $"{imported.Calls.Count} calls from {result.Provenance.Pairs} read pairs";
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            (job.State, job.Message) = stopping.IsCancellationRequested
                ? (JobState.Interrupted, "interrupted: the registry stopped while this job ran; upload the files again to rerun it")
                : (JobState.Cancelled, $"cancelled by {running.CancelledBy ?? "a user"} after {running.PairsRead} read pairs");
            job.PairsDone = running.PairsRead;
        }
        catch (Exception ex) when (ex is InputException or RegistryValidationException or IOException or InvalidDataException)
        {
            job.State = JobState.Failed;
            job.Message = OneLine(ex is RegistryValidationException v ? string.Join("; ", v.Errors.SelectMany(e => e.Value)) : ex.Message);
            job.PairsDone = running.PairsRead;
        }
        catch (Exception ex)
        {
            log.LogError(ex, "FASTQ job {JobId} failed", jobId);
            job.State = JobState.Failed;
            job.Message = $"internal error ({ex.GetType().Name}); see the server log";
        }
        finally
        {
            queue.Unregister(jobId);
        }

        if (job.State != JobState.Done)
        {
            RemoveFolder(job);
        }

        job.FinishedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Uploaded reads and partial outputs of a job that did not finish: removed, the row keeps what happened.</summary>
    private void RemoveFolder(FastqJob job)
    {
        var folder = FastqStorage.JobFolder(settings, job.Directory);
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException ex)
        {
            log.LogWarning("could not remove the folder of FASTQ job {JobId}: {Error}", job.Id, ex.Message);
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
