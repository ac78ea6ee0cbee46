using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Trek.Web.Tests;

/// <summary>
/// `trek serve` as a user starts it: a separate `dotnet trek.dll serve ...` process (trek.dll is built beside
/// the tests, which reference Trek.Cli) on a free loopback port, stopped by SIGTERM as a service manager would.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>trek.dll in Trek.Cli's own output folder (recorded at build time by the test project).</summary>
    public static string TrekDll { get; } = typeof(ServeProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "TrekCli").Value!;

    public string Stdout { get { lock (_stdout) { return _stdout.ToString(); } } }

    public string Stderr { get { lock (_stderr) { return _stderr.ToString(); } } }

    public static ServeProcess Start(params string[] options)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var info = new ProcessStartInfo(dotnet, [TrekDll, "serve", "--urls", address.ToString().TrimEnd('/'), .. options])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root,
        };
        var process = Process.Start(info)!;
        var serve = new ServeProcess(process, address);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (serve._stdout) { serve._stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (serve._stderr) { serve._stderr.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Polls <paramref name="path"/> until it answers (the migrations and demo run first); fails if the process dies.</summary>
    public async Task<HttpResponseMessage> WaitForAsync(HttpClient client, string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"trek serve exited with {_process.ExitCode}: {Stderr}");
            }

            try
            {
                return await client.GetAsync(new Uri(Address, path));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Sends SIGTERM and waits for the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
