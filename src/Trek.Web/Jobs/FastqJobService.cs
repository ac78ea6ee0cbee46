using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;

namespace Trek.Web.Jobs;

/// <summary>Queues, lists and cancels FASTQ jobs for the page and the API (the runner does the work).</summary>
public sealed class FastqJobService(RegistryDbContext db, RegistrySettings settings, FastqJobQueue queue, CurrentUser user)
{
    /// <summary>The one line shown, and answered to an upload, when the registry was started without an index.</summary>
    public const string NoIndex = "FASTQ detection is off: no fusion index is configured (start the registry with `trek serve --index DIR`, DIR made by `trek index`)";

    public bool Enabled => settings.FusionIndex is not null;

    /// <summary>Refuses before the upload is read: detection off, or the queue full.</summary>
    public async Task CheckAcceptingAsync(CancellationToken ct)
    {
        if (!Enabled)
        {
            throw RegistryValidationException.For("upload", NoIndex);
        }

        var waiting = await db.FastqJobs.CountAsync(j => j.State == JobState.Queued || j.State == JobState.Running, ct);
        if (waiting >= settings.MaxQueuedJobs)
        {
            throw RegistryValidationException.For("upload", $"the job queue is full ({waiting} jobs queued or running, at most {settings.MaxQueuedJobs}): try again when one has finished");
        }
    }

    /// <summary>Queues a received pair for one of <paramref name="patientId"/>'s samples; the files are removed when refused.</summary>
    public async Task<FastqJob> QueueAsync(long patientId, ReceivedFastq received, CancellationToken ct)
    {
        try
        {
            if (!await db.Samples.AnyAsync(s => s.Id == received.SampleId && s.PatientId == patientId, ct))
            {
                throw RegistryValidationException.For("SampleId", "choose a sample of this patient");
            }

            var job = new FastqJob
            {
                SampleId = received.SampleId, State = JobState.Queued, Directory = received.Folder, Read1Name = received.Read1Name, Read2Name = received.Read2Name,
                Read1Bytes = received.Read1Bytes, Read2Bytes = received.Read2Bytes, CreatedBy = user.Name, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.FastqJobs.Add(job);
            await db.SaveChangesAsync(ct);
            queue.Wake();
            return job;
        }
        catch
        {
            Directory.Delete(received.FolderPath, recursive: true);
            throw;
        }
    }

    public async Task<IReadOnlyList<FastqJobView>> ListAsync(long? patientId, CancellationToken ct)
    {
        var rows = await db.FastqJobs.AsNoTracking()
            .Join(db.Samples.AsNoTracking(), j => j.SampleId, s => s.Id, (j, s) => new { Job = j, s.Code, s.PatientId })
            .Where(x => patientId == null || x.PatientId == patientId).OrderByDescending(x => x.Job.Id).ToListAsync(ct);
        return rows.Select(x => FastqJobView.Of(x.Job, x.Code, queue)).ToList();
    }

    public async Task<FastqJobView?> GetAsync(long id, CancellationToken ct) =>
        await db.FastqJobs.AsNoTracking().Where(j => j.Id == id).Join(db.Samples.AsNoTracking(), j => j.SampleId, s => s.Id, (j, s) => new { Job = j, s.Code }).FirstOrDefaultAsync(ct)
            is { } x ? FastqJobView.Of(x.Job, x.Code, queue) : null;

    /// <summary>
    /// Cancels a queued job (it never starts) or asks the running one to stop (the runner records Cancelled and removes
    /// its files). A finished job is refused with a message. Null when there is no such job.
    /// </summary>
    public async Task<FastqJobView?> CancelAsync(long id, CancellationToken ct)
    {
        var job = await db.FastqJobs.FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null)
        {
            return null;
        }

        if (job.State == JobState.Queued)
        {
            job.State = JobState.Cancelled;
            job.Message = $"cancelled by {user.Name} before it started";
            job.FinishedAt = DateTimeOffset.UtcNow;
            try
            {
                await db.SaveChangesAsync(ct);
                var folder = FastqStorage.JobFolder(settings, job.Directory);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                return await GetAsync(id, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The runner claimed it in between: it is running now.
                db.ChangeTracker.Clear();
            }
        }
        else if (job.State != JobState.Running)
        {
            throw RegistryValidationException.For("job", $"job {id} is {job.State.ToString().ToLowerInvariant()}: only a queued or running job can be cancelled");
        }

        if (!queue.TryCancel(id, user.Name))
        {
            throw RegistryValidationException.For("job", $"job {id} is not running in this registry process: it will be marked interrupted when the registry restarts");
        }

        return await GetAsync(id, ct);
    }
}
