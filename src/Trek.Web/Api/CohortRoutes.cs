using Trek.Reports.Trials;
using Trek.Trials.Endpoints;
using Trek.Web.Domain;
using Trek.Web.Security;

namespace Trek.Web.Api;

/// <summary>/api/cohort: the seed tables over all or chosen patients (ids comma-separated), as JSON or CSV.</summary>
public static class CohortRoutes
{
    public static void Map(RouteGroupBuilder api)
    {
        var read = api.MapGroup("/cohort").Secured(Policies.ApiRead).WithTags("cohort");
        read.MapGet("/", async (string? patients, CohortService cohort, CancellationToken ct) =>
            await cohort.ComputeAsync(Ids(patients), ct) is { } r ? Results.Ok(r) : Results.Problem("No patient of the selection can be analysed.", statusCode: 404))
            .WithSummary("Tables 1-4 of the seed over the chosen patients.");
        read.MapGet("/endpoints.csv", async (string? patients, CohortService cohort, CancellationToken ct) =>
            {
                var r = await cohort.ComputeAsync(Ids(patients), ct);
                if (r is null)
                {
                    return Results.Problem("No patient of the selection can be analysed.", statusCode: 404);
                }

                var w = new StringWriter { NewLine = "\n" };
                EndpointCsvWriter.Write(r.Endpoints, w);
                return Results.Text(w.ToString(), "text/csv");
            })
            .WithSummary("Table 1/3 as the CSV of `trek endpoints --format csv`.");
        read.MapGet("/cbioportal.zip", async (string? patients, CbioportalStudyService cbioportal, CancellationToken ct) =>
            {
                var study = await cbioportal.BuildAsync(Ids(patients), DateOnly.FromDateTime(DateTime.UtcNow), ct);
                if (study is null)
                {
                    return Results.Problem("No patient is selected.", statusCode: 404);
                }

                var zip = new MemoryStream();
                Output.CbioportalStudyWriter.Write(zip, study);
                return Results.File(zip.ToArray(), "application/zip", $"{study.StudyId}_cbioportal.zip");
            })
            .WithSummary("The chosen patients as a cBioPortal study (meta_study, clinical patient and sample, structural variants, case list), zipped.");
    }

    /// <summary>Parses "1,2,3"; a non-number is refused, never skipped.</summary>
    public static IReadOnlyCollection<long>? Ids(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ids = new List<long>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            ids.Add(long.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                ? id
                : throw RegistryValidationException.For("patients", $"'{part}' is not a patient id"));
        }

        return ids;
    }
}
