using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trek.Assessment.Ctcae;
using Trek.Assessment.Tumour;
using Trek.Clinical.TestRoute;
using Trek.IO.Tables;
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
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var samples = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in Table(Path.Combine(root, Folder, "patients.csv")))
        {
            DateOnly? D(string column) => row.OptionalDate(column);
            var code = row.Required("subject");
            var p = await writer.AddPatientAsync(new PatientInput(
                code, row.RequiredDate("birth_date"), Enum.Parse<Sex>(row.Required("sex"), ignoreCase: true), row.Required("diagnosis"), bool.Parse(row.Required("cns")),
                row.Optional("cohort"), row.Optional("disease_status"), row.Optional("performance_scale"),
                row.OptionalDecimal("performance_score") is { } s ? (int)s : null, row.Optional("prior_therapies"),
                row.Optional("recovered_from_prior_therapy") is { } rec ? bool.Parse(rec) : null, D("first_dose_date"), D("death_date"), D("last_known_alive_date"), D("treatment_end_date")), ct);
            ids[code] = p.Id;
            await writer.AddMeasurementAsync(new MeasurementInput(p.Id, p.FirstDoseDate ?? DateOnly.FromDateTime(DateTime.UtcNow),
                row.RequiredDouble("height_cm"), row.RequiredDouble("weight_kg")), ct);
            var sample = await writer.AddSampleAsync(new SampleInput(p.Id, $"{code}-S1", row.Required("sample_specimen"), (p.FirstDoseDate ?? p.BirthDate).AddDays(-30)), ct);
            samples[code] = sample.Id;
            await writer.AddTestResultAsync(new TestResultInput(sample.Id, Enum.Parse<TestMethod>(row.Required("ntrk_test")), Enum.Parse<AssayResult>(row.Required("ntrk_test_result")), sample.CollectedOn.AddDays(7)), ct);
        }

        var lesionPath = Path.Combine(root, Folder, "lesions.csv");
        using (var reader = File.OpenText(lesionPath))
        {
            foreach (var visit in LesionCsvReader.Read(reader, lesionPath, ResponseCriteria.Recist11, _ => { }).GroupBy(l => (l.Subject, l.Date)))
            {
                await writer.AddVisitAsync(new VisitInput(ids[visit.Key.Subject], visit.Key.Date, visit.Select(l =>
                    new LesionInput(l.Lesion, l.Kind, l.Organ, l.Node, l.DiameterMm, l.Diameter2Mm, l.Status, l.SteroidDoseMg, l.Clinical)).ToList()), ct);
            }
        }

        var labPath = Path.Combine(root, Folder, "labs.csv");
        using (var reader = File.OpenText(labPath))
        {
            foreach (var lab in LabCsvReader.Read(reader, labPath, _ => { }, skipped => throw new InvalidOperationException($"demo lab row skipped: {skipped.Reason}")))
            {
                var g = lab.Grade;
                await writer.AddLabAsync(new LabInput(ids[lab.Subject], lab.Date, LabTests.Parse(g.Test)!.Value.Code(), g.Value, g.Unit, g.Uln, g.Lln), ct);
            }
        }

        foreach (var row in Table(Path.Combine(root, Folder, "adverse_events.csv")))
        {
            await writer.AddAdverseEventAsync(new AdverseEventInput(ids[row.Required("subject")], row.RequiredDate("onset"),
                row.Required("term"), (int)row.RequiredDecimal("grade"), Enum.Parse<Attribution>(row.Required("attribution"), ignoreCase: true)), ct);
        }

        var importer = services.GetRequiredService<FusionImporter>();
        await using var tsv = File.OpenRead(Path.Combine(root, FusionExample));
        await importer.ImportAsync(samples["D01"], tsv, "expected_fusions.tsv", ct);
    }

    /// <summary>All rows of a demo CSV, read by the one table reader (Trek.IO.Tables).</summary>
    private static List<TableRow> Table(string path)
    {
        using var reader = TableInput.Open(path);
        return TableReader.Read(reader, path, TableSchema.Open(), ',', _ => { }).ToList();
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
