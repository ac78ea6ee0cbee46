using Microsoft.Extensions.Logging.Console;

namespace Trek.Web;

/// <summary>
/// Runs the registry until the process is asked to stop (Ctrl-C, SIGTERM): migrations, first admin, demo,
/// then Kestrel. The one start-up path of `trek serve` and of `dotnet run --project src/Trek.Web`.
/// </summary>
public static class RegistryHost
{
    /// <summary>
    /// Starts the registry on <paramref name="urls"/> (';'-separated, as ASP.NET Core's --urls; null: the
    /// configuration's or Kestrel's default) and returns when it has stopped. A generated first admin password
    /// is written once to <paramref name="stdout"/>; every log line goes to stderr, so stdout holds only that.
    /// </summary>
    public static async Task RunAsync(RegistrySettings settings, string? urls, TextWriter stdout, string[]? args = null, CancellationToken cancellationToken = default)
    {
        var app = RegistryApp.Build(settings, args, b =>
        {
            if (urls is not null)
            {
                b.WebHost.UseUrls(urls);
            }

            b.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            b.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        });
        await using (app)
        {
            var password = await RegistryApp.InitialiseAsync(app, cancellationToken);
            if (password is not null)
            {
                await stdout.WriteLineAsync($"First admin account: user '{settings.AdminUser}', password '{password}' (shown once; change it after signing in).");
                await stdout.FlushAsync(cancellationToken);
            }

            await app.RunAsync(cancellationToken);
        }
    }
}
