namespace Trek.Web.Tests;

/// <summary>The registry on a real SQLite file in a fresh temporary folder (WAL mode), removed afterwards.</summary>
public class SqliteRegistryServer : RegistryServer
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "trek-web-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_dir, "registry.db");

    protected override Task<RegistrySettings> StartDatabaseAsync()
    {
        Directory.CreateDirectory(_dir);
        return Task.FromResult(new RegistrySettings { SqlitePath = DatabasePath });
    }

    protected override Task StopDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }
}
