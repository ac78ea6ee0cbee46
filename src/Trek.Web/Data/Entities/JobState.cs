namespace Trek.Web.Data.Entities;

/// <summary>Life of a background job.</summary>
public enum JobState
{
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
}
