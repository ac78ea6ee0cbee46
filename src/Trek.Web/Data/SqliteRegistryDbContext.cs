using Microsoft.EntityFrameworkCore;

namespace Trek.Web.Data;

/// <summary>The registry on SQLite (the default: one file). Its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options, CurrentUser user) : RegistryDbContext(options, user);
