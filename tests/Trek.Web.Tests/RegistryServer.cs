using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Trek.Web.Security;

namespace Trek.Web.Tests;

/// <summary>
/// A real registry: the application built by RegistryApp, on Kestrel at a loopback port, over a real database
/// (the subclass says which), seeded with the demo and one account per role.
/// </summary>
public abstract partial class RegistryServer : IAsyncLifetime
{
    public const string Password = "Test-password-123";

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    protected virtual bool Demo => true;

    protected virtual int LoginPermitsPerMinute => 100_000;

    protected abstract Task<RegistrySettings> StartDatabaseAsync();

    protected virtual Task StopDatabaseAsync() => Task.CompletedTask;

    /// <summary>Settings a fixture adds (e.g. a fusion index for FASTQ jobs).</summary>
    protected virtual void Configure(RegistrySettings settings)
    {
    }

    public async Task InitializeAsync()
    {
        var settings = await StartDatabaseAsync();
        settings.Demo = Demo;
        settings.ExamplesDirectory = RepoPaths.Root;
        settings.AdminPassword = Password;
        settings.LoginPermitsPerMinute = LoginPermitsPerMinute;
        Configure(settings);
        App = RegistryApp.Build(settings, configure: b =>
        {
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        });
        await RegistryApp.InitialiseAsync(App);
        await App.StartAsync();
        BaseAddress = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        foreach (var role in Roles.All.Where(r => r != Roles.Admin))
        {
            await AccountSeeder.CreateUserAsync(users, UserOf(role), Password, role);
        }
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await StopDatabaseAsync();
    }

    /// <summary>The account of a role ("admin" is the seeded first admin).</summary>
    public static string UserOf(string role) => role == Roles.Admin ? "admin" : $"{role}1";

    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };

    /// <summary>A client with a bearer token of the role's account.</summary>
    public async Task<HttpClient> ApiAsync(string role)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/token", new { userName = UserOf(role), password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client signed in through the login form (cookie and anti-forgery token).</summary>
    public async Task<HttpClient> PagesAsync(string role)
    {
        var client = Anonymous();
        var token = await AntiForgeryAsync(client, "/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = UserOf(role), ["Password"] = Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The anti-forgery token of the first form on a page.</summary>
    public static async Task<string> AntiForgeryAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no anti-forgery token on {path}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
