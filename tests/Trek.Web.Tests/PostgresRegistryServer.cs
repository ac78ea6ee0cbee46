using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Trek.Web.Tests;

/// <summary>
/// The registry on a real PostgreSQL server: Debian's `postgresql` binaries (scripts/test.sh installs them)
/// run a throw-away cluster in a temporary folder on a free loopback port, as the `postgres` user when the
/// tests run as root (initdb refuses root); the cluster is stopped and deleted afterwards.
/// </summary>
public sealed class PostgresRegistryServer : RegistryServer
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "trek-pg-" + Guid.NewGuid().ToString("N"));
    private string? _bin;

    protected override async Task<RegistrySettings> StartDatabaseAsync()
    {
        _bin = FindBin();
        Directory.CreateDirectory(_dir);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["postgres:postgres", _dir], asPostgres: false);
        }

        var data = Path.Combine(_dir, "data");
        var port = FreePort();
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "trek", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start"]);
        return new RegistrySettings { PostgresConnection = $"Host=127.0.0.1;Port={port};Username=trek;Database=postgres;Pooling=true;Maximum Pool Size=20" };
    }

    protected override async Task StopDatabaseAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await RunAsync(Path.Combine(_bin!, "pg_ctl"), ["-D", Path.Combine(_dir, "data"), "-m", "fast", "-w", "stop"]);
        Directory.Delete(_dir, recursive: true);
    }

    private static string FindBin()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: install the Debian package `postgresql` (scripts/test.sh does)");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> args, bool asPostgres = true)
    {
        var info = Environment.UserName == "root" && asPostgres
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args])
            : new ProcessStartInfo(file, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr} {await stdout}");
        }
    }
}
