namespace Trek.Web.Data.Entities;

/// <summary>Life of a background job. Failed, Cancelled and Interrupted are final, like Done.</summary>
public enum JobState
{
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,

    /// <summary>Failed because the registry stopped (shut down or killed) while the job ran; shown as "failed (interrupted)".</summary>
    Interrupted,
}
