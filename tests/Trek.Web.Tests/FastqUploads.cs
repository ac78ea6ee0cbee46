using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Trek.Web.Tests;

/// <summary>Helpers of the FASTQ job tests: a patient with a sample, the page upload (streamed multipart, token first), polling a job.</summary>
internal static class FastqUploads
{
    public static async Task<(long PatientId, long SampleId)> PatientWithSampleAsync(HttpClient clinicianApi)
    {
        var code = "F" + Guid.NewGuid().ToString("N")[..10];
        var patient = await (await clinicianApi.PostAsJsonAsync("/api/patients", new
        {
            code, birthDate = "2015-04-01", sex = "Female", diagnosis = "infantile fibrosarcoma", cns = false, firstDoseDate = "2024-01-08", lastKnownAliveDate = "2024-12-01",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var id = patient.GetProperty("id").GetInt64();
        var sample = await (await clinicianApi.PostAsJsonAsync("/api/samples", new { patientId = id, code = code + "-S1", specimen = "FFPE", collectedOn = "2023-12-01" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        return (id, sample.GetProperty("id").GetInt64());
    }

    /// <summary>Posts the page's form as a browser does: the anti-forgery token first, then the sample, then R1 and R2.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient pages, long patientId, long sampleId, string r1, string r2, string r1Name = "reads_1.fastq.gz", string r2Name = "reads_2.fastq.gz")
    {
        var token = await RegistryServer.AntiForgeryAsync(pages, $"/Patients/Fastq/{patientId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(sampleId.ToString(CultureInfo.InvariantCulture)), "SampleId" },
            { new StreamContent(File.OpenRead(r1)), "R1", r1Name },
            { new StreamContent(File.OpenRead(r2)), "R2", r2Name },
        };
        return await pages.PostAsync($"/Patients/Fastq/{patientId}?handler=Upload", form);
    }

    /// <summary>The newest job of a patient.</summary>
    public static async Task<JsonElement> LatestJobAsync(HttpClient api, long patientId) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/fastq-jobs?patientId={patientId}"))[0];

    /// <summary>Polls a job until <paramref name="until"/> holds (or fails after <paramref name="seconds"/>).</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient api, long jobId, Func<JsonElement, bool> until, int seconds = 180)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var job = await api.GetFromJsonAsync<JsonElement>($"/api/fastq-jobs/{jobId}");
            if (until(job))
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"job {jobId} still {job}");
            await Task.Delay(100);
        }
    }

    public static string State(JsonElement job) => job.GetProperty("state").GetString()!;

    /// <summary>
    /// The example mates repeated <paramref name="times"/> times as multi-member gzip (valid FASTQ.gz, the same pairs in the
    /// same order in both mates): a job long enough to be cancelled or killed while it runs.
    /// </summary>
    public static (string R1, string R2) LargePair(string directory, int times)
    {
        string Repeat(string example, string name)
        {
            var bytes = File.ReadAllBytes(RepoPaths.Example(example));
            var path = Path.Combine(directory, name);
            using var file = File.Create(path);
            for (var i = 0; i < times; i++)
            {
                file.Write(bytes);
            }

            return path;
        }

        return (Repeat("pizzly-spikein/reads_1.fastq.gz", "big_1.fastq.gz"), Repeat("pizzly-spikein/reads_2.fastq.gz", "big_2.fastq.gz"));
    }

    public static bool Redirected(HttpResponseMessage r) => r.StatusCode == HttpStatusCode.Redirect;

}
