using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trek.Reports.Trials;
using Trek.Trials.Endpoints;
using Trek.Web.Api;
using Trek.Web.Domain;

namespace Trek.Web.Pages;

/// <summary>The cohort tables over chosen patients, and their CSV export (the `trek endpoints --format csv` table).</summary>
public sealed class CohortModel(CohortService cohort, CbioportalStudyService cbioportal) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Patients { get; set; }

    public CohortReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Report = await cohort.ComputeAsync(CohortRoutes.Ids(Patients), ct);
        }
        catch (RegistryValidationException ex)
        {
            FormErrors.Add(ModelState, ex, "");
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var report = await cohort.ComputeAsync(CohortRoutes.Ids(Patients), ct);
        if (report is null)
        {
            return NotFound();
        }

        var w = new StringWriter { NewLine = "\n" };
        EndpointCsvWriter.Write(report.Endpoints, w);
        return File(System.Text.Encoding.UTF8.GetBytes(w.ToString()), "text/csv", "cohort_endpoints.csv");
    }

    /// <summary>The chosen patients as a cBioPortal study folder, zipped (clinical and structural-variant files).</summary>
    public async Task<IActionResult> OnGetCbioportalAsync(CancellationToken ct)
    {
        try
        {
            var study = await cbioportal.BuildAsync(CohortRoutes.Ids(Patients), DateOnly.FromDateTime(DateTime.UtcNow), ct);
            if (study is null)
            {
                return NotFound();
            }

            var zip = new MemoryStream();
            Output.CbioportalStudyWriter.Write(zip, study);
            return File(zip.ToArray(), "application/zip", $"{study.StudyId}_cbioportal.zip");
        }
        catch (RegistryValidationException ex)
        {
            FormErrors.Add(ModelState, ex, "");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
