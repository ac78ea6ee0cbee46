using System.Net;

namespace Trek.Web.Tests;

/// <summary>`trek serve` starts the registry, answers the sign-in page and stops cleanly on SIGTERM.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-serve-").FullName;

    [Fact]
    public async Task Serve_OnSqliteFile_AnswersSignInPageAndStopsOnSigterm()
    {
        var db = Path.Combine(_dir, "registry.db");
        using var serve = ServeProcess.Start("--db", db, "--admin-password", RegistryServer.Password);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var page = await serve.WaitForAsync(client, "/Account/Login", TimeSpan.FromMinutes(3));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Sign in</h1>", html);
        Assert.Contains("__RequestVerificationToken", html);
        // Nothing readable without signing in: the patient list sends the browser to the sign-in page.
        using var patients = await client.GetAsync(new Uri(serve.Address, "/"));
        Assert.Equal(HttpStatusCode.Redirect, patients.StatusCode);
        Assert.StartsWith("/Account/Login", patients.Headers.Location!.PathAndQuery);

        var code = await serve.StopAsync(TimeSpan.FromMinutes(1));
        Assert.True(code == 0, $"exit {code}; stderr: {serve.Stderr}");
        Assert.Contains("Application is shutting down", serve.Stderr);
        Assert.DoesNotContain("interrupted", serve.Stderr);
        Assert.Equal("", serve.Stdout); // the password was given, so nothing is printed on stdout
        Assert.True(File.Exists(db));
    }

    [Fact]
    public async Task Serve_WithoutPassword_PrintsTheGeneratedOneOnceOnStdout()
    {
        using var serve = ServeProcess.Start("--db", Path.Combine(_dir, "generated.db"));
        using var client = new HttpClient();
        using var page = await serve.WaitForAsync(client, "/Account/Login", TimeSpan.FromMinutes(3));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(0, await serve.StopAsync(TimeSpan.FromMinutes(1)));
        Assert.Matches(@"^First admin account: user 'admin', password '[A-Za-z2-9]{20}' \(shown once; change it after signing in\)\.\r?\n$", serve.Stdout);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
