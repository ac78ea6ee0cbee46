namespace Trek.Web;

/// <summary>
/// How to start the registry. Exactly one database: a SQLite file (the default, registry.db in the
/// working directory) or a PostgreSQL connection string. Read from the "Registry" configuration section.
/// </summary>
public sealed class RegistrySettings
{
    public string? SqlitePath { get; set; }

    public string? PostgresConnection { get; set; }

    /// <summary>Seed the demo patients from examples/ when the registry is empty.</summary>
    public bool Demo { get; set; }

    /// <summary>Folder holding examples/ (the demo data); default: found upwards from the working directory.</summary>
    public string? ExamplesDirectory { get; set; }

    /// <summary>Password of the first admin account when it is created; generated and printed once when null.</summary>
    public string? AdminPassword { get; set; }

    public string AdminUser { get; set; } = "admin";

    /// <summary>Login attempts allowed per client address per minute (fixed window), on the page and the token endpoint.</summary>
    public int LoginPermitsPerMinute { get; set; } = 20;

    /// <summary>Largest accepted upload in bytes (fusion TSV; a FASTQ pair has its own limit).</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest accepted FASTQ upload, per file, in bytes.</summary>
    public long MaxFastqBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Where uploaded FASTQ files and job outputs are kept; default: a "registry-jobs" folder beside the database.</summary>
    public string? JobsDirectory { get; set; }

    /// <summary>FASTQ jobs queued or running at most; an upload beyond it is refused (the queue is the FastqJobs table).</summary>
    public int MaxQueuedJobs { get; set; } = 4;

    /// <summary>A `trek index` directory for FASTQ detection jobs (none: the FASTQ upload is refused with a message).</summary>
    public string? FusionIndex { get; set; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnection);

    public string EffectiveSqlitePath => Path.GetFullPath(SqlitePath ?? "registry.db");
}
