using Microsoft.EntityFrameworkCore;

namespace Trek.Web.Data;

/// <summary>The registry on PostgreSQL (for sites that outgrow one machine). Its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresRegistryDbContext(DbContextOptions<PostgresRegistryDbContext> options, CurrentUser user) : RegistryDbContext(options, user);
