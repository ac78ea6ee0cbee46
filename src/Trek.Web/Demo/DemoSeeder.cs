using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trek.Assessment.Ctcae;
using Trek.Assessment.Tumour;
using Trek.Clinical.TestRoute;
using Trek.Trials.Tables;
using Trek.Web.Data;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;
using Trek.Web.Import;

namespace Trek.Web.Demo;

/// <summary>
/// Loads examples/registry-demo (synthetic patients) into an empty registry through the same writer the
/// pages use, so every demo row is validated and audited like a typed-in one. Lesions and labs are read by
/// the library's own readers (the `trek response` and `trek ctcae` formats).
/// </summary>
public static class DemoSeeder
{
    public const string Folder = "examples/registry-demo";
    public const string FusionExample = "examples/pizzly-spikein/expected_fusions.tsv";

    public static async Task SeedAsync(IServiceProvider services, RegistrySettings settings, CancellationToken ct)
    {
        var db = services.GetRequiredService<RegistryDbContext>();
        if (await db.Patients.AnyAsync(ct))
        {
            return;
        }

        var root = FindRoot(settings.ExamplesDirectory);
        var writer = services.GetRequiredService<RegistryWriter>();
        var patients = CsvTable.Read(Path.Combine(root, Folder, "patients.csv"));
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var samples = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var r = 0; r < patients.Rows.Count; r++)
        {
            string T(string column) => patients.Text(r, patients.Column(column));
            string? O(string column) => T(column) is { Length: > 0 } v ? v : null;
            DateOnly? D(string column) => O(column) is { } v ? DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var code = T("subject");
            var p = await writer.AddPatientAsync(new PatientInput(
                code, D("birth_date")!.Value, Enum.Parse<Sex>(T("sex"), ignoreCase: true), T("diagnosis"), bool.Parse(T("cns")), O("cohort"), O("disease_status"),
                O("performance_scale"), O("performance_score") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null, O("prior_therapies"),
                O("recovered_from_prior_therapy") is { } rec ? bool.Parse(rec) : null, D("first_dose_date"), D("death_date"), D("last_known_alive_date"), D("treatment_end_date")), ct);
            ids[code] = p.Id;
            await writer.AddMeasurementAsync(new MeasurementInput(p.Id, p.FirstDoseDate ?? DateOnly.FromDateTime(DateTime.UtcNow),
                double.Parse(T("height_cm"), CultureInfo.InvariantCulture), double.Parse(T("weight_kg"), CultureInfo.InvariantCulture)), ct);
            var sample = await writer.AddSampleAsync(new SampleInput(p.Id, $"{code}-S1", T("sample_specimen"), (p.FirstDoseDate ?? p.BirthDate).AddDays(-30)), ct);
            samples[code] = sample.Id;
            await writer.AddTestResultAsync(new TestResultInput(sample.Id, Enum.Parse<TestMethod>(T("ntrk_test")), Enum.Parse<AssayResult>(T("ntrk_test_result")), sample.CollectedOn.AddDays(7)), ct);
        }

        var lesionPath = Path.Combine(root, Folder, "lesions.csv");
        using (var reader = File.OpenText(lesionPath))
        {
            foreach (var visit in LesionCsvReader.Read(reader, lesionPath, ResponseCriteria.Recist11).GroupBy(l => (l.Subject, l.Date)))
            {
                await writer.AddVisitAsync(new VisitInput(ids[visit.Key.Subject], visit.Key.Date, visit.Select(l =>
                    new LesionInput(l.Lesion, l.Kind, l.Organ, l.Node, l.DiameterMm, l.Diameter2Mm, l.Status, l.SteroidDoseMg, l.Clinical)).ToList()), ct);
            }
        }

        var labPath = Path.Combine(root, Folder, "labs.csv");
        using (var reader = File.OpenText(labPath))
        {
            foreach (var lab in LabCsvReader.Read(reader, labPath))
            {
                var g = lab.Grade;
                await writer.AddLabAsync(new LabInput(ids[lab.Subject], lab.Date, LabTests.Parse(g.Test)!.Value.Code(), g.Value, g.Unit, g.Uln, g.Lln), ct);
            }
        }

        var events = CsvTable.Read(Path.Combine(root, Folder, "adverse_events.csv"));
        for (var r = 0; r < events.Rows.Count; r++)
        {
            string T(string column) => events.Text(r, events.Column(column));
            await writer.AddAdverseEventAsync(new AdverseEventInput(ids[T("subject")], DateOnly.ParseExact(T("onset"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                T("term"), int.Parse(T("grade"), CultureInfo.InvariantCulture), Enum.Parse<Attribution>(T("attribution"), ignoreCase: true)), ct);
        }

        var importer = services.GetRequiredService<FusionImporter>();
        await using var tsv = File.OpenRead(Path.Combine(root, FusionExample));
        await importer.ImportAsync(samples["D01"], tsv, "expected_fusions.tsv", ct);
    }

    /// <summary>The folder holding examples/: the given one, else the first parent of the working directory or the program that has it.</summary>
    public static string FindRoot(string? given)
    {
        if (given is not null)
        {
            return Directory.Exists(Path.Combine(given, Folder)) ? given : throw new DirectoryNotFoundException($"{Path.Combine(given, Folder)} does not exist");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, Folder)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"{Folder} not found above {Directory.GetCurrentDirectory()}: run from the Trek checkout or give the examples folder");
    }
}
