namespace Trek.Web.Data.Entities;

/// <summary>
/// Base of every clinical row: a surrogate key and a row version. <see cref="Version"/> is a concurrency
/// token raised on every update (RegistryDbContext), so an edit made on a stale copy fails instead of
/// silently overwriting the newer one. The same scheme works on SQLite and PostgreSQL.
/// </summary>
public abstract class RegistryEntity
{
    public long Id { get; set; }

    public int Version { get; set; }
}
