using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Trek.Web.Security;
using static Trek.Web.Tests.FastqUploads;

namespace Trek.Web.Tests;

/// <summary>
/// FASTQ detection as a background job on a real registry (SQLite, Kestrel) with the example index built in the test:
/// a real run to ETV6::NTRK3, cancel (queued and running), the stored files, and refusals.
/// </summary>
public sealed class FastqJobTests(FastqRegistryServer server) : IClassFixture<FastqRegistryServer>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-fastq-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ExampleReads_JobRunsTheFusionUseCase_AndStoresEtv6Ntrk3ForTheSample()
    {
        using var clinician = await server.ApiAsync(Roles.Clinician);
        var (patientId, sampleId) = await PatientWithSampleAsync(clinician);
        using var pages = await server.PagesAsync(Roles.DataManager);
        // A path in the uploaded name is kept for display only, reduced to its last part; the stored files have fixed names.
        var upload = await UploadAsync(pages, patientId, sampleId, RepoPaths.Example("pizzly-spikein/reads_1.fastq.gz"), RepoPaths.Example("pizzly-spikein/reads_2.fastq.gz"), "../../etc/my reads_1.fastq.gz");
        Assert.True(Redirected(upload), await upload.Content.ReadAsStringAsync());

        using var viewer = await server.ApiAsync(Roles.Viewer);
        var queued = await LatestJobAsync(viewer, patientId);
        Assert.Equal("my_reads_1.fastq.gz", queued.GetProperty("read1Name").GetString());
        Assert.Equal("datamanager1", queued.GetProperty("createdBy").GetString());
        Assert.Equal(new FileInfo(RepoPaths.Example("pizzly-spikein/reads_1.fastq.gz")).Length, queued.GetProperty("read1Bytes").GetInt64());
        var job = await WaitAsync(viewer, queued.GetProperty("id").GetInt64(), j => State(j) is not ("Queued" or "Running"));
        Assert.True(State(job) == "Done", job.ToString());
        // examples/pizzly-spikein/expected_fusions.tsv, made by `trek fusions` from these reads: ##fragments=744 and 9 calls.
        Assert.Equal(744, job.GetProperty("pairsRead").GetInt64());
        Assert.Equal(9, job.GetProperty("calls").GetInt32());

        var fusions = (await viewer.GetFromJsonAsync<JsonElement>($"/api/samples/{sampleId}/fusions")).EnumerateArray().Select(f => f.GetProperty("fusion").GetString()).ToList();
        Assert.Equal(9, fusions.Count);
        Assert.Contains("ETV6::NTRK3", fusions);
        var overview = await viewer.GetFromJsonAsync<JsonElement>($"/api/patients/{patientId}/overview");
        Assert.Equal("Positive", overview.GetProperty("testRoute").GetProperty("results").GetProperty("rnaNgs").GetString());

        // The reads stay in the job's own folder under the registry's jobs directory, under fixed names; nothing outside it.
        var folders = Directory.GetDirectories(server.JobsDirectory);
        Assert.Contains(folders, f => File.Exists(Path.Combine(f, "R1.fastq")) && new FileInfo(Path.Combine(f, "R1.fastq")).Length == queued.GetProperty("read1Bytes").GetInt64());
        Assert.False(File.Exists(Path.Combine(server.JobsDirectory, "..", "..", "etc", "my reads_1.fastq.gz")));
        var page = await pages.GetStringAsync($"/Patients/Fastq/{patientId}");
        Assert.Contains("<td class=\"state\">done</td><td class=\"pairs\">744</td>", page);
    }

    [Fact]
    public async Task Cancel_QueuedJobNeverStarts_RunningJobStops_AndTheirFilesAreRemoved()
    {
        using var clinician = await server.ApiAsync(Roles.Clinician);
        var (patientId, sampleId) = await PatientWithSampleAsync(clinician);
        using var pages = await server.PagesAsync(Roles.DataManager);
        using var manager = await server.ApiAsync(Roles.DataManager);
        var (r1, r2) = LargePair(_dir, 1500); // 1,116,000 read pairs

        Assert.True(Redirected(await UploadAsync(pages, patientId, sampleId, r1, r2)));
        var first = (await LatestJobAsync(manager, patientId)).GetProperty("id").GetInt64();
        var running = await WaitAsync(manager, first, j => State(j) == "Running" && j.GetProperty("pairsRead").GetInt64() > 0);
        Assert.True(Redirected(await UploadAsync(pages, patientId, sampleId, r1, r2)));
        var second = (await LatestJobAsync(manager, patientId)).GetProperty("id").GetInt64();
        Assert.Equal("Queued", State(await manager.GetFromJsonAsync<JsonElement>($"/api/fastq-jobs/{second}")));
        var secondFolderCount = Directory.GetDirectories(server.JobsDirectory).Length;

        // The queued job: cancelled at once, it never runs.
        var cancelled = await (await manager.PostAsync($"/api/fastq-jobs/{second}/cancel", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cancelled", State(cancelled));
        Assert.Equal("cancelled by datamanager1 before it started", cancelled.GetProperty("message").GetString());

        // The running job, through the page's Cancel button: it stops reading and records how far it got.
        var token = await RegistryServer.AntiForgeryAsync(pages, $"/Patients/Fastq/{patientId}");
        var cancel = await pages.PostAsync($"/Patients/Fastq/{patientId}?handler=Cancel&jobId={first}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.True(Redirected(cancel), await cancel.Content.ReadAsStringAsync());
        var stopped = await WaitAsync(manager, first, j => State(j) != "Running");
        Assert.Equal("Cancelled", State(stopped));
        var pairs = stopped.GetProperty("pairsRead").GetInt64();
        Assert.InRange(pairs, running.GetProperty("pairsRead").GetInt64(), 1_115_999);
        Assert.StartsWith("cancelled by datamanager1 after", stopped.GetProperty("message").GetString());

        // Both folders are gone (uploads and partial output); the sample got no calls.
        Assert.Equal(secondFolderCount - 2, Directory.GetDirectories(server.JobsDirectory).Length);
        Assert.Equal(0, (await manager.GetFromJsonAsync<JsonElement>($"/api/samples/{sampleId}/fusions")).GetArrayLength());
        // A finished job cannot be cancelled: one line saying why.
        var again = await manager.PostAsync($"/api/fastq-jobs/{first}/cancel", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("only a queued or running job can be cancelled", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_NotFastq_IsRefusedByContentAndNothingIsKept()
    {
        using var clinician = await server.ApiAsync(Roles.Clinician);
        var (patientId, sampleId) = await PatientWithSampleAsync(clinician);
        using var pages = await server.PagesAsync(Roles.DataManager);
        var before = Directory.Exists(server.JobsDirectory) ? Directory.GetDirectories(server.JobsDirectory).Length : 0;
        // A fusions.tsv named like a FASTQ: refused by its first byte, not accepted by its name.
        var refused = await UploadAsync(pages, patientId, sampleId, RepoPaths.Example("pizzly-spikein/expected_fusions.tsv"), RepoPaths.Example("pizzly-spikein/reads_2.fastq.gz"), "sample_R1.fastq");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("sample_R1.fastq is not FASTQ: it must start with", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before, Directory.Exists(server.JobsDirectory) ? Directory.GetDirectories(server.JobsDirectory).Length : 0);

        // A clinician may not upload (data manager and above): refused before anything is read.
        using var clinicianPages = await server.PagesAsync(Roles.Clinician);
        var low = await clinicianPages.PostAsync($"/Patients/Fastq/{patientId}?handler=Upload", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.Redirect, low.StatusCode);
        Assert.Contains("/Account/Denied", low.Headers.Location!.ToString());
    }
}

/// <summary>A registry started without an index: the FASTQ page says so and the upload is refused with that one line.</summary>
public sealed class FastqWithoutIndexTests(SqliteRegistryServer server) : IClassFixture<SqliteRegistryServer>
{
    [Fact]
    public async Task NoIndex_PageSaysSo_UploadRefusedWithOneLine()
    {
        using var clinician = await server.ApiAsync(Roles.Clinician);
        var (patientId, sampleId) = await PatientWithSampleAsync(clinician);
        using var pages = await server.PagesAsync(Roles.DataManager);
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Patients/Fastq/{patientId}"));
        Assert.Contains(Jobs.FastqJobService.NoIndex, page);
        Assert.DoesNotContain("name=\"R1\"", page);

        // Refused before the body is read: no token is needed to get the one line.
        using var form = new MultipartFormDataContent { { new StringContent(sampleId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "SampleId" } };
        var refused = await pages.PostAsync($"/Patients/Fastq/{patientId}?handler=Upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("upload: " + Jobs.FastqJobService.NoIndex, html);
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(server.DatabasePath)!, "registry-jobs")));
    }
}
