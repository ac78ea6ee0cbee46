using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trek.Web.Data;
using Trek.Web.Security;

namespace Trek.Web.Tests;

/// <summary>
/// The integration suite, run unchanged on SQLite (<see cref="SqliteRegistryTests"/>) and on PostgreSQL
/// (<see cref="PostgresRegistryTests"/>): every request goes through Kestrel, the real auth, EF Core and the database.
/// </summary>
public abstract class RegistrySuite<TServer>(TServer server)
    where TServer : RegistryServer
{
    protected TServer Server { get; } = server;

    private static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    private async Task<long> DemoPatientAsync(HttpClient api, string code)
    {
        var list = await Json(await api.GetAsync("/api/patients"));
        return list.EnumerateArray().First(p => p.GetProperty("code").GetString() == code).GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> NewPatientAsync(HttpClient api)
    {
        var body = new Dictionary<string, object?>
        {
            ["code"] = NewCode(), ["birthDate"] = "2015-04-01", ["sex"] = "Female", ["diagnosis"] = "infantile fibrosarcoma", ["cns"] = false,
            ["firstDoseDate"] = "2024-01-08", ["lastKnownAliveDate"] = "2024-12-01",
        };
        var response = await api.PostAsJsonAsync("/api/patients", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    [Fact]
    public async Task DemoPatient_Overview_ShowsFusionEligibilityDoseAndResponse()
    {
        using var api = await Server.ApiAsync(Roles.Viewer);
        var id = await DemoPatientAsync(api, "D01");
        var o = await Json(await api.GetAsync($"/api/patients/{id}/overview"));

        var fusions = o.GetProperty("samples")[0].GetProperty("fusions").EnumerateArray().Select(f => f.GetProperty("fusion").GetString()).ToList();
        Assert.Equal(9, fusions.Count); // examples/pizzly-spikein/expected_fusions.tsv has 9 calls
        Assert.Contains("ETV6::NTRK3", fusions);

        // Mosteller BSA = sqrt(75 cm x 9.5 kg / 3600) = 0.44488 -> 0.4449 m2; 100 mg/m2 x 0.4449 = 44.49 -> 44.5 mg twice daily (label 2.2).
        var dose = o.GetProperty("dose");
        Assert.Equal(0.4449, dose.GetProperty("bsaM2").GetDouble());
        Assert.Equal(44.5m, dose.GetProperty("doseMg").GetDecimal());
        Assert.Equal("twice daily", dose.GetProperty("frequency").GetString());

        // Target sums 60 -> 30 (PR) -> 15 (PR, confirmed) -> 0 -> 0 mm: CR confirmed 8 weeks later (RECIST 1.1 §4.6.1).
        Assert.Equal("CR", o.GetProperty("response").GetProperty("bestOverallResponse").GetString());

        // Only ALT is recorded, so bilirubin, AST and creatinine are unknown: unknown counts as not met.
        var eligibility = o.GetProperty("eligibility");
        Assert.Equal("not_eligible", eligibility.GetProperty("verdict").GetString());
        var criteria = eligibility.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Met", criteria["ntrk_fusion"]);
        Assert.Equal("Unknown", criteria["organ_function_total_bilirubin"]);
        Assert.Equal("Met", criteria["organ_function_alt"]); // 45 U/L with ULN 40 = 1.13 x ULN <= 3.0
    }

    private async Task<(long PatientId, long SampleId)> PatientWithSampleAsync(string diagnosis = "melanoma")
    {
        using var clinician = await Server.ApiAsync(Roles.Clinician);
        var body = new Dictionary<string, object?>
        {
            ["code"] = NewCode(), ["birthDate"] = "2015-04-01", ["sex"] = "Female", ["diagnosis"] = diagnosis, ["cns"] = false,
            ["firstDoseDate"] = "2024-01-08", ["lastKnownAliveDate"] = "2024-12-01",
        };
        var patient = await Json(await clinician.PostAsJsonAsync("/api/patients", body));
        var id = patient.GetProperty("id").GetInt64();
        var sample = await Json(await clinician.PostAsJsonAsync("/api/samples", new { patientId = id, code = NewCode(), specimen = "FFPE", collectedOn = "2023-12-01" }));
        return (id, sample.GetProperty("id").GetInt64());
    }

    private async Task UploadFusionsAsync(long sampleId, IEnumerable<string> lines, string name)
    {
        using var manager = await Server.ApiAsync(Roles.DataManager);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/samples/{sampleId}/fusions") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")) };
        request.Headers.Add("X-File-Name", name);
        var response = await manager.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static string[] ExampleFusions() => File.ReadAllLines(RepoPaths.Example("pizzly-spikein/expected_fusions.tsv"));

    [Fact]
    public async Task TestingRoute_UploadedEtv6Ntrk3_IsAPositiveRnaTestNotARequestForOne()
    {
        var (id, sampleId) = await PatientWithSampleAsync();
        using var viewer = await Server.ApiAsync(Roles.Viewer);
        // Before: a paediatric melanoma (NTRK fusions uncommon) with no result: ESMO 2019 / Albert 2019 order RNA NGS.
        var before = (await Json(await viewer.GetAsync($"/api/patients/{id}/overview"))).GetProperty("testRoute");
        Assert.Equal("rna_ngs", before.GetProperty("nextTest").GetString());

        await UploadFusionsAsync(sampleId, ExampleFusions(), "SRR1659964.fusions.tsv");
        var o = await Json(await viewer.GetAsync($"/api/patients/{id}/overview"));
        var route = o.GetProperty("testRoute");
        // ETV6::NTRK3 in frame with the kinase domain, high confidence: the report's outcome is positive, so RNA NGS is done and positive.
        Assert.Equal("Positive", route.GetProperty("results").GetProperty("rnaNgs").GetString());
        Assert.Equal("fusion_confirmed", route.GetProperty("conclusion").GetString());
        Assert.Equal("none", route.GetProperty("nextTest").GetString());
        Assert.Equal("Positive", o.GetProperty("rnaResults")[0].GetProperty("outcome").GetString());
        var criteria = o.GetProperty("eligibility").GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c);
        Assert.Equal("Met", criteria["ntrk_fusion"].GetProperty("status").GetString());

        using var pages = await Server.PagesAsync(Roles.Viewer);
        var html = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Patients/View/{id}"));
        Assert.Contains("next test: <strong>none</strong>", html);
        Assert.Contains("SRR1659964.fusions.tsv, sample", html);
    }

    [Fact]
    public async Task TestingRoute_UploadWithoutNtrkCalls_IsANegativeRnaTest()
    {
        var (id, sampleId) = await PatientWithSampleAsync();
        await UploadFusionsAsync(sampleId, ExampleFusions().Where(l => !l.Contains("NTRK", StringComparison.Ordinal) || l.StartsWith('#')), "no-ntrk.tsv");
        using var viewer = await Server.ApiAsync(Roles.Viewer);
        var o = await Json(await viewer.GetAsync($"/api/patients/{id}/overview"));
        // No NTRK call: the report is negative; an adequate RNA NGS negative is the reference negative (ESMO 2019).
        Assert.Equal("Negative", o.GetProperty("testRoute").GetProperty("results").GetProperty("rnaNgs").GetString());
        Assert.Equal("no_fusion_detected", o.GetProperty("testRoute").GetProperty("conclusion").GetString());
        var criteria = o.GetProperty("eligibility").GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("NotMet", criteria["ntrk_fusion"]);
    }

    [Fact]
    public async Task PartnerUnknownCall_HasOneName_DotColonColonGene_ExplainedOnThePage()
    {
        var (id, sampleId) = await PatientWithSampleAsync();
        // The EML4::ALK row of the example made partner-unknown, as `trek fusions` writes such a call: gene1, transcript1, exon1 ".", fusion ".::ALK".
        var lines = ExampleFusions();
        var header = lines.First(l => l.StartsWith("#gene1", StringComparison.Ordinal)).TrimStart('#').Split('\t').ToList();
        var row = Array.FindIndex(lines, l => l.StartsWith("EML4\tALK", StringComparison.Ordinal));
        var cells = lines[row].Split('\t');
        cells[header.IndexOf("gene1")] = ".";
        cells[header.IndexOf("fusion")] = ".::ALK";
        lines[row] = string.Join('\t', cells);
        await UploadFusionsAsync(sampleId, lines, "unknown-partner.tsv");

        using var viewer = await Server.ApiAsync(Roles.Viewer);
        var names = (await Json(await viewer.GetAsync($"/api/samples/{sampleId}/fusions"))).EnumerateArray().Select(f => f.GetProperty("fusion").GetString()).ToList();
        Assert.Contains(".::ALK", names);
        Assert.DoesNotContain(names, n => n!.StartsWith("v::", StringComparison.Ordinal));
        using var pages = await Server.PagesAsync(Roles.Viewer);
        var html = await pages.GetStringAsync($"/Patients/View/{id}");
        Assert.Contains(".::ALK (partner unknown)", html);
        Assert.DoesNotContain("v::ALK", html);
    }

    [Fact]
    public async Task Dose_CurrentIsTheLatestLevelAndMeasurement_AndTheReductionStaysVisible()
    {
        var (id, _) = await PatientWithSampleAsync();
        using var api = await Server.ApiAsync(Roles.Clinician);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/measurements", new { patientId = id, date = "2024-01-08", heightCm = 75.0, weightKg = 9.5 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/dose-changes", new { patientId = id, date = "2024-03-01", reductions = 1, reason = "grade 3 ALT increased" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/measurements", new { patientId = id, date = "2024-06-03", heightCm = 80.0, weightKg = 11.0 })).StatusCode);

        var o = await Json(await api.GetAsync($"/api/patients/{id}/overview"));
        // Label 2.2/2.3 Table 1, BSA < 1 m2: level 0 = 100 mg/m2, level 1 = 75 mg/m2 twice daily; Mosteller BSA to 4 decimals.
        // Start 2024-01-08: sqrt(75 x 9.5 / 3600) = 0.4449 m2 -> 44.49 -> 44.5 mg. Reduction 2024-03-01 (same measurement): 75 x 0.4449 = 33.37 -> 33.4 mg.
        // Current (latest measurement 2024-06-03): sqrt(80 x 11 / 3600) = 0.4944 m2 -> 75 x 0.4944 = 37.08 -> 37.1 mg at level 1.
        var history = o.GetProperty("doseHistory").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(("Start", 0, 44.5m), (history[0].GetProperty("direction").GetString(), history[0].GetProperty("level").GetInt32(), history[0].GetProperty("dose").GetProperty("doseMg").GetDecimal()));
        Assert.Equal(("Reduction", 1, 33.4m), (history[1].GetProperty("direction").GetString(), history[1].GetProperty("level").GetInt32(), history[1].GetProperty("dose").GetProperty("doseMg").GetDecimal()));
        Assert.Equal("grade 3 ALT increased", history[1].GetProperty("reason").GetString());
        Assert.Equal(1, o.GetProperty("doseLevel").GetInt32());
        Assert.Equal(0.4944, o.GetProperty("dose").GetProperty("bsaM2").GetDouble());
        Assert.Equal(37.1m, o.GetProperty("dose").GetProperty("doseMg").GetDecimal());

        using var pages = await Server.PagesAsync(Roles.Viewer);
        var html = await pages.GetStringAsync($"/Patients/View/{id}");
        Assert.Contains("<td>reduced</td><td>1</td>", html);
        Assert.Contains("33.4 mg twice daily", html);
    }

    [Fact]
    public async Task RecordAndImportPages_ShareOneLoader_OnlyThisPatientsSamples()
    {
        var (id, sampleId) = await PatientWithSampleAsync();
        var (_, otherSample) = await PatientWithSampleAsync();
        using var pages = await Server.PagesAsync(Roles.DataManager);
        foreach (var page in new[] { "Record", "Import" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/Patients/{page}/999999")).StatusCode);
            var html = await pages.GetStringAsync($"/Patients/{page}/{id}");
            Assert.Contains($"<option value=\"{sampleId}\">", html);
            Assert.DoesNotContain($"<option value=\"{otherSample}\">", html);
        }

        // An assay result for another patient's sample is refused by the record page (the loader's samples), nothing stored.
        var token = await RegistryServer.AntiForgeryAsync(pages, $"/Patients/Record/{id}");
        var post = await pages.PostAsync($"/Patients/Record/{id}?handler=Test", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["test.SampleId"] = otherSample.ToString(System.Globalization.CultureInfo.InvariantCulture), ["test.Method"] = "RnaNgs", ["test.Result"] = "Positive",
            ["test.PerformedOn"] = "2024-01-02", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("choose a sample of this patient", await post.Content.ReadAsStringAsync());
        using var api = await Server.ApiAsync(Roles.Viewer);
        Assert.Equal(0, (await Json(await api.GetAsync($"/api/samples/{otherSample}/tests"))).GetArrayLength());
    }

    [Fact]
    public async Task RegisterPatient_IsAuditedWithUserAndValues()
    {
        using var clinician = await Server.ApiAsync(Roles.Clinician);
        var created = await NewPatientAsync(clinician);
        var id = created.GetProperty("id").GetInt64();
        using var manager = await Server.ApiAsync(Roles.DataManager);
        // Page through the log (other tests write thousands of rows to it concurrently, e.g. a 10,000-call upload).
        JsonElement? found = null;
        for (long after = 0; found is null;)
        {
            var page = (await Json(await manager.GetAsync($"/api/audit?take=1000&after={after}"))).EnumerateArray().ToList();
            Assert.NotEmpty(page);
            found = page.Where(a => a.GetProperty("entity").GetString() == "Patient" && a.GetProperty("entityId").GetInt64() == id).Select(a => (JsonElement?)a).LastOrDefault();
            after = page[^1].GetProperty("id").GetInt64();
        }

        var entry = found.Value;
        Assert.Equal("clinician1", entry.GetProperty("userName").GetString());
        Assert.Equal("Added", entry.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("before").ValueKind);
        Assert.Contains(created.GetProperty("code").GetString()!, entry.GetProperty("after").GetString());
    }

    [Fact]
    public async Task PageWrite_IsAuditedUnderTheSignedInUser()
    {
        var (id, _) = await PatientWithSampleAsync();
        using var pages = await Server.PagesAsync(Roles.Clinician);
        var code = NewCode();
        var token = await RegistryServer.AntiForgeryAsync(pages, $"/Patients/Record/{id}");
        var post = await pages.PostAsync($"/Patients/Record/{id}?handler=Sample", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["sample.Code"] = code, ["sample.Specimen"] = "FFPE", ["sample.CollectedOn"] = "2024-01-02", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        using var scope = Server.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var sampleId = await db.Samples.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
        // The cookie handler builds the database context before it sets the user: the audit must still name clinician1, not "system".
        Assert.Equal("clinician1", await db.AuditLog.Where(a => a.Entity == "Sample" && a.EntityId == sampleId).Select(a => a.UserName).SingleAsync());
    }

    private async Task<List<long>> DemoIdsAsync(HttpClient api)
    {
        var ids = new List<long>();
        foreach (var code in new[] { "D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08" })
        {
            ids.Add(await DemoPatientAsync(api, code));
        }

        return ids;
    }

    [Fact]
    public async Task CohortPage_KaplanMeierPlots_AreTheSharedPlotOfTheEndpointFits()
    {
        using var api = await Server.ApiAsync(Roles.Viewer);
        var ids = await DemoIdsAsync(api);
        using var scope = Server.App.Services.CreateScope();
        var report = (await scope.ServiceProvider.GetRequiredService<Trek.Web.Domain.CohortService>().ComputeAsync(ids))!;
        var os = report.Curves.Single(c => c.Endpoint == "Overall survival");
        // Paediatric OS (examples/registry-demo): D04 died 249 days after the first dose (2023-04-10 -> 2023-12-15) = 8.18 months,
        // D01-D03 alive at 17.68, 16.76 and 15.84 months: 4 at risk at 8.18, S = 3/4 (Kaplan-Meier, R survfit gives 0.75).
        var paediatric = os.Fits.Single(f => f.Group == "paediatric").Fit;
        var death = paediatric.Rows.Single(r => r.NEvent > 0);
        Assert.Equal(249 / 30.4375, death.Time, 9);
        Assert.Equal((4, 0.75), (death.NRisk, death.Survival));

        using var pages = await Server.PagesAsync(Roles.Viewer);
        var html = await pages.GetStringAsync($"/Cohort?patients={string.Join(',', ids)}");
        foreach (var curves in report.Curves)
        {
            // The page embeds exactly what the shared KM writer (Trek.Reports.Plots, also behind `trek km`) draws for these fits.
            Assert.Contains(Trek.Reports.Plots.KaplanMeierPlot.Render(curves.Fits, "months", curves.Endpoint), WebUtility.HtmlDecode(html));
        }
    }

    [Fact]
    public async Task CbioportalExport_ClinicalAndSvFiles_HoldTheHandComputedValues()
    {
        using var api = await Server.ApiAsync(Roles.Viewer);
        var ids = await DemoIdsAsync(api);
        // A partner-unknown call on a new patient: cBioPortal gets an empty Site1_Hugo_Symbol, not an invented partner.
        var (newId, newSample) = await PatientWithSampleAsync();
        var lines = ExampleFusions();
        var header = lines.First(l => l.StartsWith("#gene1", StringComparison.Ordinal)).TrimStart('#').Split('\t').ToList();
        var row = Array.FindIndex(lines, l => l.StartsWith("EML4\tALK", StringComparison.Ordinal));
        var cells = lines[row].Split('\t');
        cells[header.IndexOf("gene1")] = ".";
        cells[header.IndexOf("fusion")] = ".::ALK";
        lines[row] = string.Join('\t', cells);
        await UploadFusionsAsync(newSample, lines, "unknown-partner.tsv");
        ids.Add(newId);

        var zip = await api.GetByteArrayAsync($"/api/cohort/cbioportal.zip?patients={string.Join(',', ids)}");
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        string Text(string name)
        {
            using var reader = new StreamReader(archive.GetEntry($"trek_registry/{name}")!.Open());
            return reader.ReadToEnd();
        }

        Dictionary<string, string> Meta(string name) => Text(name).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        List<Dictionary<string, string>> Table(string name)
        {
            var data = Text(name).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
            var columns = data[0].Split('\t');
            Assert.All(data, l => Assert.Equal(columns.Length, l.Split('\t').Length));
            return data.Skip(1).Select(l => columns.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second)).ToList();
        }

        Assert.Equal("trek_registry", Meta("meta_study.txt")["cancer_study_identifier"]);
        Assert.Equal(("STRUCTURAL_VARIANT", "SV", "data_sv.txt"), (Meta("meta_sv.txt")["genetic_alteration_type"], Meta("meta_sv.txt")["datatype"], Meta("meta_sv.txt")["data_filename"]));
        Assert.Equal("PATIENT_ATTRIBUTES", Meta("meta_clinical_patient.txt")["datatype"]);
        Assert.Equal(4, Text("data_clinical_patient.txt").Split('\n').TakeWhile(l => l.StartsWith('#')).Count()); // cBioPortal: 4 metadata rows

        var patients = Table("data_clinical_patient.txt").ToDictionary(p => p["PATIENT_ID"]);
        Assert.Equal(9, patients.Count);
        // D01: first dose 2023-01-09, alive 2024-06-30: 538 days / 30.4375 = 17.68 months; PFS censored at the last assessment
        // 2023-08-21 (224 days = 7.36 months, FDA 2018 Table B); CR; age at first dose 305 days / 365.25 = 0.8 years.
        Assert.Equal(("0:LIVING", "17.68", "0:CENSORED", "7.36", "CR", "0.8", "Female"),
            (patients["D01"]["OS_STATUS"], patients["D01"]["OS_MONTHS"], patients["D01"]["PFS_STATUS"], patients["D01"]["PFS_MONTHS"], patients["D01"]["BEST_RESPONSE"], patients["D01"]["AGE_AT_FIRST_DOSE"], patients["D01"]["SEX"]));
        // D04: died 2023-12-15, 249 days after the first dose = 8.18 months; progression 2023-06-05 (30 -> 40 mm, +33 %), 56 days = 1.84 months.
        Assert.Equal(("1:DECEASED", "8.18", "1:PROGRESSED OR DIED", "1.84", "PD"),
            (patients["D04"]["OS_STATUS"], patients["D04"]["OS_MONTHS"], patients["D04"]["PFS_STATUS"], patients["D04"]["PFS_MONTHS"], patients["D04"]["BEST_RESPONSE"]));

        var samples = Table("data_clinical_sample.txt");
        Assert.Equal("D01", samples.Single(s => s["SAMPLE_ID"] == "D01-S1")["PATIENT_ID"]);

        var sv = Table("data_sv.txt");
        var etv6 = sv.Single(r => r["Sample_Id"] == "D01-S1" && r["Site2_Hugo_Symbol"] == "NTRK3");
        // examples/pizzly-spikein/expected_fusions.tsv, ETV6::NTRK3 row.
        Assert.Equal(("SOMATIC", "ETV6", "ENST00000396373", "5", "12", "11869969", "ENST00000360948", "15", "15", "87940753", "30", "14"),
            (etv6["SV_Status"], etv6["Site1_Hugo_Symbol"], etv6["Site1_Ensembl_Transcript_Id"], etv6["Site1_Region_Number"], etv6["Site1_Chromosome"], etv6["Site1_Position"],
             etv6["Site2_Ensembl_Transcript_Id"], etv6["Site2_Region_Number"], etv6["Site2_Chromosome"], etv6["Site2_Position"], etv6["Tumor_Split_Read_Count"], etv6["Tumor_Paired_End_Read_Count"]));
        Assert.Equal(9, sv.Count(r => r["Sample_Id"] == "D01-S1"));
        var code = (await Json(await api.GetAsync($"/api/samples?patientId={newId}")))[0].GetProperty("code").GetString()!;
        var alk = sv.Single(r => r["Sample_Id"] == code && r["Site2_Hugo_Symbol"] == "ALK" && r["Site1_Hugo_Symbol"] == "");
        Assert.Equal("", alk["NCBI_Build"]); // the assembly is not recorded in the uploaded file: not claimed
        Assert.Contains(code, Text("case_lists/cases_sv.txt"));
        // Every SV sample is a sample of the clinical file (cBioPortal's validator requires it).
        Assert.All(sv, r => Assert.Contains(samples, s => s["SAMPLE_ID"] == r["Sample_Id"]));
    }

    [Fact]
    public async Task BadPatient_AnsweredWithValidationProblemPerField()
    {
        using var api = await Server.ApiAsync(Roles.Clinician);
        var response = await api.PostAsJsonAsync("/api/patients", new
        {
            code = "Jane Doe", birthDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd"), sex = "Female", diagnosis = "melanomma", cns = false,
            performanceScale = "lansky", performanceScore = 55,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));        // a name with a space is not a study code
        Assert.True(errors.TryGetProperty("birthDate", out _));   // in the future
        Assert.True(errors.TryGetProperty("performanceScore", out _)); // not a multiple of 10
        Assert.Contains("Melanoma", errors.GetProperty("diagnosis")[0].GetString()); // unknown name: the nearest vocabulary entries are offered
    }

    [Fact]
    public async Task UnknownEnumValue_IsRefusedNotDefaulted()
    {
        using var api = await Server.ApiAsync(Roles.Clinician);
        var response = await api.PostAsync("/api/patients", new StringContent(
            "{\"code\":\"X1\",\"birthDate\":\"2010-01-01\",\"sex\":\"femal\",\"diagnosis\":\"melanoma\",\"cns\":false}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StaleEdit_Is409AndNothingIsOverwritten()
    {
        using var api = await Server.ApiAsync(Roles.Clinician);
        var p = await NewPatientAsync(api);
        var id = p.GetProperty("id").GetInt64();
        object Edit(string diagnosis, int version) => new
        {
            code = p.GetProperty("code").GetString(), birthDate = "2015-04-01", sex = "Female", diagnosis, cns = false, firstDoseDate = "2024-01-08",
            lastKnownAliveDate = "2024-12-01", version,
        };

        var first = await api.PutAsJsonAsync($"/api/patients/{id}", Edit("melanoma", 0));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await Json(first)).GetProperty("version").GetInt32());
        var stale = await api.PutAsJsonAsync($"/api/patients/{id}", Edit("colorectal cancer", 0));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var now = await Json(await api.GetAsync($"/api/patients/{id}"));
        Assert.Equal("Melanoma", now.GetProperty("diagnosis").GetString()); // stored as the OncoTree name
    }

    [Fact]
    public async Task AuditLog_RefusesUpdateAndDelete_InTheDatabaseAndTheContext()
    {
        using var scope = Server.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var before = await db.AuditLog.CountAsync();
        Assert.True(before > 0);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditLog\" SET \"UserName\" = 'mallory'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditLog\""));
        var entry = await db.AuditLog.OrderBy(a => a.Id).FirstAsync();
        entry.UserName = "mallory";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(before, await db.AuditLog.AsNoTracking().CountAsync());
        Assert.DoesNotContain(await db.AuditLog.AsNoTracking().Select(a => a.UserName).ToListAsync(), u => u == "mallory");
    }

    [Fact]
    public async Task FusionUpload_IsSniffedNotTrusted()
    {
        using var clinician = await Server.ApiAsync(Roles.Clinician);
        var patient = await NewPatientAsync(clinician);
        var sample = await Json(await clinician.PostAsJsonAsync("/api/samples", new { patientId = patient.GetProperty("id").GetInt64(), code = NewCode(), specimen = "FFPE", collectedOn = "2023-12-01" }));
        var sampleId = sample.GetProperty("id").GetInt64();
        using var manager = await Server.ApiAsync(Roles.DataManager);

        var tsv = await File.ReadAllBytesAsync(RepoPaths.Example("pizzly-spikein/expected_fusions.tsv"));
        var ok = await manager.PostAsync($"/api/samples/{sampleId}/fusions", new ByteArrayContent(tsv));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(9, (await Json(ok)).GetProperty("imported").GetInt32());

        var gz = await manager.PostAsync($"/api/samples/{sampleId}/fusions", new ByteArrayContent([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
        Assert.Equal(HttpStatusCode.BadRequest, gz.StatusCode);
        Assert.Contains("gzip", await gz.Content.ReadAsStringAsync());

        var csv = await manager.PostAsync($"/api/samples/{sampleId}/fusions", new ByteArrayContent(Encoding.UTF8.GetBytes("subject,date\nA,2020-01-01\n")));
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);

        var big = new byte[6 * 1024 * 1024];
        Encoding.UTF8.GetBytes("##x=y\n").CopyTo(big, 0);
        big.AsSpan(6).Fill((byte)'#');
        // Expect: 100-continue lets the server refuse by the declared length before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/samples/{sampleId}/fusions") { Content = new ByteArrayContent(big) };
        request.Headers.ExpectContinue = true;
        var tooBig = await manager.SendAsync(request);
        Assert.True(tooBig.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode.ToString());

        // The refused uploads left the first import in place.
        var calls = await Json(await manager.GetAsync($"/api/samples/{sampleId}/fusions"));
        Assert.Equal(9, calls.GetArrayLength());
    }

    [Fact]
    public async Task FusionUpload_ErrorsNameTheUploadedFileAndRowsAreBounded()
    {
        using var clinician = await Server.ApiAsync(Roles.Clinician);
        var patient = await NewPatientAsync(clinician);
        var sample = await Json(await clinician.PostAsJsonAsync("/api/samples", new { patientId = patient.GetProperty("id").GetInt64(), code = NewCode(), specimen = "FFPE", collectedOn = "2023-12-01" }));
        var sampleId = sample.GetProperty("id").GetInt64();
        using var manager = await Server.ApiAsync(Roles.DataManager);
        var lines = await File.ReadAllLinesAsync(RepoPaths.Example("pizzly-spikein/expected_fusions.tsv"));
        var header = lines.Count(l => l.StartsWith('#'));

        async Task<HttpResponseMessage> Upload(IEnumerable<string> rows, string name)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/samples/{sampleId}/fusions") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', rows) + "\n")) };
            request.Headers.Add("X-File-Name", name);
            return await manager.SendAsync(request);
        }

        // The first call's split_reads (column 12) made "3O": refused by Trek.Reports' reader, naming the upload and its line, not the temporary copy.
        var bad = lines.ToArray();
        var cells = bad[header].Split('\t');
        cells[11] = "3O";
        bad[header] = string.Join('\t', cells);
        var refused = await Upload(bad, "sample7.fusions.tsv");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains($"sample7.fusions.tsv:{header + 1}: column split_reads: '3O' is not a whole number", problem);
        Assert.DoesNotContain("trek-upload", problem);

        // 10,001 calls (the first data row repeated) is more than one sample's file: refused at the 10,001st data line.
        var many = lines.Take(header).Concat(Enumerable.Repeat(lines[header], 10_001));
        var tooMany = await Upload(many, "many.tsv");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains($"many.tsv:{header + 10_001}: more than 10000 calls", await tooMany.Content.ReadAsStringAsync());
        Assert.Equal(0, (await Json(await manager.GetAsync($"/api/samples/{sampleId}/fusions"))).GetArrayLength());

        // Exactly 10,000 is accepted.
        Assert.Equal(HttpStatusCode.OK, (await Upload(lines.Take(header).Concat(Enumerable.Repeat(lines[header], 10_000)), "bound.tsv")).StatusCode);
        Assert.Equal(10_000, (await Json(await manager.GetAsync($"/api/samples/{sampleId}/fusions"))).GetArrayLength());
    }

    [Fact]
    public async Task SampleReport_IsTheClinicalReportOfTheUploadedFile()
    {
        using var clinician = await Server.ApiAsync(Roles.Clinician);
        var patient = await NewPatientAsync(clinician);
        var code = patient.GetProperty("code").GetString()!;
        var sampleCode = NewCode();
        var sample = await Json(await clinician.PostAsJsonAsync("/api/samples", new { patientId = patient.GetProperty("id").GetInt64(), code = sampleCode, specimen = "FFPE tumour tissue", collectedOn = "2023-12-01" }));
        var sampleId = sample.GetProperty("id").GetInt64();
        using var manager = await Server.ApiAsync(Roles.DataManager);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/samples/{sampleId}/fusions") { Content = new ByteArrayContent(await File.ReadAllBytesAsync(RepoPaths.Example("pizzly-spikein/expected_fusions.tsv"))) };
        request.Headers.Add("X-File-Name", "SRR1659964.fusions.tsv");
        Assert.Equal(HttpStatusCode.OK, (await manager.SendAsync(request)).StatusCode);

        using var viewer = await Server.PagesAsync(Roles.Viewer);
        var page = await viewer.GetStringAsync($"/Patients/View/{patient.GetProperty("id").GetInt64()}");
        Assert.Contains($"href=\"/Patients/Report/{sampleId}\"", page);
        var report = await viewer.GetAsync($"/Patients/Report/{sampleId}");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType!.MediaType);
        var html = await report.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains($"<title>NTRK fusion report {sampleCode}</title>", html);
        Assert.Contains(code, html);
        // ETV6::NTRK3, in frame with the kinase domain, in a solid tumour: Tier I level A (AMP/ASCO/CAP 2017; tumour-agnostic approvals).
        Assert.Contains("ETV6::NTRK3", html);
        Assert.Contains("Tier I (strong clinical significance), level A", html);
        Assert.Contains("--sample SRR1659964", html); // the ##command provenance of the stored file

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/Patients/Report/999999")).StatusCode);
    }

    [Fact]
    public async Task Visit_ResponseAndSchedule_FollowTheLesions()
    {
        using var api = await Server.ApiAsync(Roles.Clinician);
        var id = (await NewPatientAsync(api)).GetProperty("id").GetInt64();
        async Task Visit(string date, decimal t1)
        {
            var r = await api.PostAsJsonAsync("/api/visits", new { patientId = id, date, lesions = new[] { new { lesion = "T1", kind = "Target", organ = "lung", diameterMm = t1 } } });
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        await Visit("2024-01-02", 50);
        await Visit("2024-03-04", 30); // day 56 after the first dose 2024-01-08: -40% = PR (RECIST 1.1: at least -30%)
        var o = await Json(await api.GetAsync($"/api/patients/{id}/overview"));
        var response = o.GetProperty("response");
        Assert.Equal("PR", response.GetProperty("visits")[0].GetProperty("overallResponse").GetString());
        Assert.Equal(-40m, response.GetProperty("visits")[0].GetProperty("changeFromBaselinePct").GetDecimal());

        // Visit 1 was due 2024-03-04 (first dose + 56 days) and was done; visit 2 (2024-04-29) had no assessment.
        var schedule = o.GetProperty("schedule");
        Assert.Equal("2024-03-04", schedule[0].GetProperty("due").GetString());
        Assert.Equal("Done", schedule[0].GetProperty("status").GetString());
        Assert.Equal("Overdue", schedule[1].GetProperty("status").GetString());

        // A visit with a lesion twice is refused whole: nothing of it is stored.
        var twice = await api.PostAsJsonAsync("/api/visits", new { patientId = id, date = "2024-04-29", lesions = new[] { new { lesion = "T1", kind = "Target", diameterMm = 20m }, new { lesion = "T1", kind = "Target", diameterMm = 21m } } });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(2, (await Json(await api.GetAsync($"/api/visits?patientId={id}"))).GetArrayLength());
    }

    [Fact]
    public async Task LabsAndAdverseEvents_AreGradedOrRefusedWithAReason()
    {
        using var api = await Server.ApiAsync(Roles.Clinician);
        var id = (await NewPatientAsync(api)).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/labs", new { patientId = id, date = "2024-02-01", test = "ALT", value = 130m, unit = "U/L", uln = 40m })).StatusCode);
        var noUln = await api.PostAsJsonAsync("/api/labs", new { patientId = id, date = "2024-02-01", test = "AST", value = 130m, unit = "U/L" });
        Assert.Equal(HttpStatusCode.BadRequest, noUln.StatusCode);
        Assert.Contains("ULN", await noUln.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/adverse-events", new { patientId = id, onset = "2024-02-03", term = "vomiting", grade = 2, attribution = "Probable" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/adverse-events", new { patientId = id, onset = "2024-02-03", term = "Vomitting", grade = 2, attribution = "Probable" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/adverse-events", new { patientId = id, onset = "2024-02-03", term = "Alopecia", grade = 3, attribution = "Possible" })).StatusCode);

        var o = await Json(await api.GetAsync($"/api/patients/{id}/overview"));
        // ALT 130 U/L, ULN 40: 3.25 x ULN is in "> 3.0 - 5.0 x ULN" = grade 2 (CTCAE v5.0, baseline normal).
        Assert.Equal(2, o.GetProperty("labs")[0].GetProperty("grade").GetProperty("grade").GetInt32());
        Assert.Equal("Vomiting", o.GetProperty("adverseEvents")[0].GetProperty("term").GetString());
    }

    [Fact]
    public async Task Cohort_ReproducesTrekEndpoints_OnTheDemoSubjects()
    {
        var dir = Directory.CreateTempSubdirectory("trek-cohort-").FullName;
        try
        {
            var response = Path.Combine(dir, "response.tsv");
            var expected = Path.Combine(dir, "endpoints.csv");
            Assert.Equal(0, Trek.Cli.TrekCli.Run(["response", "-i", RepoPaths.Example("registry-demo/lesions.csv"), "-o", response], TextWriter.Null, TextWriter.Null));
            Assert.Equal(0, Trek.Cli.TrekCli.Run(["endpoints", "-i", RepoPaths.Example("registry-demo/patients.csv"), "--response", response, "--format", "csv", "-o", expected], TextWriter.Null, TextWriter.Null));

            using var api = await Server.ApiAsync(Roles.Viewer);
            var ids = new List<long>();
            foreach (var code in new[] { "D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08" })
            {
                ids.Add(await DemoPatientAsync(api, code));
            }

            var csv = await api.GetStringAsync($"/api/cohort/endpoints.csv?patients={string.Join(',', ids)}");
            Assert.Equal(await File.ReadAllTextAsync(expected), csv);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>The suite on SQLite.</summary>
public sealed class SqliteRegistryTests(SqliteRegistryServer server) : RegistrySuite<SqliteRegistryServer>(server), IClassFixture<SqliteRegistryServer>;

/// <summary>The suite on PostgreSQL.</summary>
public sealed class PostgresRegistryTests(PostgresRegistryServer server) : RegistrySuite<PostgresRegistryServer>(server), IClassFixture<PostgresRegistryServer>;
