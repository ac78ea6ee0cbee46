using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Trek.Assessment.Ctcae;
using Trek.Assessment.Tumour;
using Trek.Clinical.TestRoute;
using Trek.Web.Data.Entities;

namespace Trek.Web.Data;

/// <summary>
/// The registry database. Provider-neutral: <see cref="SqliteRegistryDbContext"/> and
/// <see cref="PostgresRegistryDbContext"/> only carry their own migrations. Every save runs in one
/// transaction that also writes the audit rows, raises the row versions (optimistic concurrency) and
/// refuses to change an audit row.
/// </summary>
public abstract class RegistryDbContext(DbContextOptions options, CurrentUser user) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Sample> Samples => Set<Sample>();

    public DbSet<TestResult> TestResults => Set<TestResult>();

    public DbSet<FusionCallRecord> FusionCalls => Set<FusionCallRecord>();

    public DbSet<BodyMeasurement> BodyMeasurements => Set<BodyMeasurement>();

    public DbSet<DoseChange> DoseChanges => Set<DoseChange>();

    public DbSet<LesionMeasurement> Lesions => Set<LesionMeasurement>();

    public DbSet<LabMeasurement> Labs => Set<LabMeasurement>();

    public DbSet<AdverseEvent> AdverseEvents => Set<AdverseEvent>();

    public DbSet<FastqJob> FastqJobs => Set<FastqJob>();

    public DbSet<FusionUpload> FusionUploads => Set<FusionUpload>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: a reordered enum can never silently change stored meaning.
        configurationBuilder.Properties<Sex>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TestMethod>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AssayResult>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<LesionKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<LesionStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ClinicalStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<LabTest>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Attribution>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<JobState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(RegistryEntity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(type.ClrType).Property(nameof(RegistryEntity.Version)).IsConcurrencyToken();
        }

        builder.Entity<Patient>().HasIndex(p => p.Code).IsUnique();
        builder.Entity<Sample>().HasIndex(s => s.Code).IsUnique();
        builder.Entity<Sample>().HasMany(s => s.Tests).WithOne().HasForeignKey(t => t.SampleId);
        builder.Entity<Sample>().HasMany(s => s.Fusions).WithOne().HasForeignKey(f => f.SampleId);
        builder.Entity<Patient>().HasMany(p => p.Samples).WithOne(s => s.Patient).HasForeignKey(s => s.PatientId);
        builder.Entity<BodyMeasurement>().HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId);
        builder.Entity<DoseChange>().HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId);
        builder.Entity<LesionMeasurement>().HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId);
        builder.Entity<LesionMeasurement>().HasIndex(l => new { l.PatientId, l.Date, l.Lesion }).IsUnique();
        builder.Entity<LabMeasurement>().HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId);
        builder.Entity<AdverseEvent>().HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId);
        builder.Entity<FastqJob>().HasOne<Sample>().WithMany().HasForeignKey(j => j.SampleId);
        builder.Entity<FusionUpload>().HasOne<Sample>().WithMany().HasForeignKey(u => u.SampleId);
        builder.Entity<FusionUpload>().HasIndex(u => new { u.SampleId, u.Id });
        builder.Entity<AuditEntry>().ToTable("AuditLog");
        builder.Entity<AuditEntry>().Property(a => a.Before).HasMaxLength(8000);
        builder.Entity<AuditEntry>().Property(a => a.After).HasMaxLength(8000);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it writes the audit log in the same transaction.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: its rows cannot be changed or deleted.");
        }

        var pending = ChangeTracker.Entries<RegistryEntity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, State: e.State, Before: e.State == EntityState.Added ? null : AuditSnapshot.Of(e.OriginalValues)))
            .ToList();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        foreach (var (entry, state, _) in pending.Where(p => p.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        var own = Database.CurrentTransaction is null;
        await using var transaction = own ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        foreach (var (entry, state, before) in pending)
        {
            AuditLog.Add(new AuditEntry
            {
                At = now,
                UserName = user.Name,
                Action = state.ToString(),
                Entity = entry.Metadata.ClrType.Name,
                EntityId = entry.Entity.Id,
                Before = before,
                After = state == EntityState.Deleted ? null : AuditSnapshot.Of(entry.CurrentValues),
            });
        }

        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }
}
