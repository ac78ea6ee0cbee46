using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using static Trek.Web.Tests.FastqUploads;

namespace Trek.Web.Tests;

/// <summary>
/// A FASTQ job running when `trek serve` is killed (SIGKILL: no shutdown code runs) is shown as failed (interrupted)
/// after a restart on the same database, not as running forever, and its files are removed.
/// </summary>
public sealed class FastqRestartTests : IDisposable
{
    private const string Password = "Restart-test-password-1";
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-fastq-restart-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task KilledWhileRunning_RestartShowsTheJobInterrupted_AndRemovesItsFiles()
    {
        var index = FastqRegistryServer.BuildExampleIndex(Path.Combine(_dir, "index"));
        var db = Path.Combine(_dir, "registry.db");
        var (r1, r2) = LargePair(_dir, 1500);
        string[] options = ["--db", db, "--index", index, "--admin-password", Password];

        long jobId;
        using (var first = ServeProcess.Start(options))
        {
            using var pages = await SignInAsync(first);
            using var api = await TokenAsync(first);
            var (patientId, sampleId) = await PatientWithSampleAsync(api);
            Assert.True(Redirected(await UploadAsync(pages, patientId, sampleId, r1, r2)));
            jobId = (await LatestJobAsync(api, patientId)).GetProperty("id").GetInt64();
            await WaitAsync(api, jobId, j => State(j) == "Running" && j.GetProperty("pairsRead").GetInt64() > 0);
            Assert.Single(Directory.GetDirectories(Path.Combine(_dir, "registry-jobs")));
        } // Dispose: SIGKILL

        using var second = ServeProcess.Start(options);
        using (var api = await TokenAsync(second))
        {
            var job = await api.GetFromJsonAsync<JsonElement>($"/api/fastq-jobs/{jobId}");
            Assert.Equal("Interrupted", State(job));
            Assert.StartsWith("interrupted: the registry stopped while this job ran", job.GetProperty("message").GetString());
            Assert.Empty(Directory.GetDirectories(Path.Combine(_dir, "registry-jobs")));
        }

        Assert.Equal(0, await second.StopAsync(TimeSpan.FromSeconds(60)));
    }

    private static async Task<HttpClient> SignInAsync(ServeProcess serve)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = serve.Address };
        await serve.WaitForAsync(client, "/Account/Login", TimeSpan.FromMinutes(2));
        var token = await RegistryServer.AntiForgeryAsync(client, "/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = Password, ["__RequestVerificationToken"] = token }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpClient> TokenAsync(ServeProcess serve)
    {
        var client = new HttpClient { BaseAddress = serve.Address };
        await serve.WaitForAsync(client, "/Account/Login", TimeSpan.FromMinutes(2));
        var response = await client.PostAsJsonAsync("/api/token", new { userName = "admin", password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
