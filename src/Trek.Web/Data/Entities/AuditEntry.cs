namespace Trek.Web.Data.Entities;

/// <summary>
/// One change to a registry row: who, when, what, and the row before and after (JSON). Append-only: the
/// context refuses to update or delete these rows and database triggers refuse it too (migrations).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserName { get; set; }

    public required string Action { get; set; }

    public required string Entity { get; set; }

    public long EntityId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
