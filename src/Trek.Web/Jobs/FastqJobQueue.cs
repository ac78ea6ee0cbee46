using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Trek.Web.Jobs;

/// <summary>
/// The in-memory side of the FASTQ job queue. The queue itself is the FastqJobs table (Queued rows, oldest first), so it
/// survives a restart and is bounded by <see cref="RegistrySettings.MaxQueuedJobs"/> at upload; this class only wakes the
/// runner when a job is added, and holds the running job's cancellation and live read count.
/// </summary>
public sealed class FastqJobQueue
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<long, RunningJob> _running = new();

    /// <summary>Tells the runner that a job was queued (coalesced: one pending signal at most).</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Returns when woken or after <paramref name="timeout"/>; throws only when <paramref name="ct"/> is cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Read pairs read so far by a job running in this process, or null.</summary>
    public long? PairsRead(long jobId) => _running.TryGetValue(jobId, out var r) ? r.PairsRead : null;

    /// <summary>Asks a job running in this process to stop; false when it is not running here.</summary>
    public bool TryCancel(long jobId, string user)
    {
        if (!_running.TryGetValue(jobId, out var r))
        {
            return false;
        }

        r.CancelledBy = user;
        r.Cancellation.Cancel();
        return true;
    }

    internal RunningJob Register(long jobId, CancellationToken stopping)
    {
        var job = new RunningJob(CancellationTokenSource.CreateLinkedTokenSource(stopping));
        _running[jobId] = job;
        return job;
    }

    internal void Unregister(long jobId)
    {
        if (_running.TryRemove(jobId, out var r))
        {
            r.Cancellation.Dispose();
        }
    }

    /// <summary>A job being run: its cancellation (linked to the host's stopping token), who cancelled it, its read count.</summary>
    internal sealed class RunningJob(CancellationTokenSource cancellation)
    {
        public CancellationTokenSource Cancellation { get; } = cancellation;

        /// <summary>Read 1 as the pipeline reads it, once opened: 4 lines per read.</summary>
        public LineCountingStream? Read1 { get; set; }

        public long PairsRead => (Read1?.Lines ?? 0) / 4;

        /// <summary>Set before <see cref="Cancellation"/> is cancelled (Cancel is a full fence), read after the run stops.</summary>
        public string? CancelledBy { get; set; }
    }
}
