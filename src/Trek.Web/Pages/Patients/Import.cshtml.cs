using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;
using Trek.Web.Import;

namespace Trek.Web.Pages.Patients;

/// <summary>Fusion TSV upload (data manager or above). The request is capped at 6 MiB before the form is read.</summary>
[RequestSizeLimit(6 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 6 * 1024 * 1024)]
public sealed class ImportModel(PatientSamplesLoader loader, FusionImporter importer, RegistrySettings settings) : PageModel
{
    public Patient? Patient { get; private set; }

    public IReadOnlyList<Sample> Samples { get; private set; } = [];

    public long MaxBytes => settings.MaxUploadBytes;

    [BindProperty]
    public long SampleId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Upload is null || !Samples.Any(s => s.Id == SampleId))
        {
            ModelState.AddModelError("Upload", "choose a sample of this patient and a file");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await using var stream = Upload.OpenReadStream();
            await importer.ImportAsync(SampleId, stream, Upload.FileName, ct);
            return Redirect($"/Patients/View/{id}");
        }
        catch (RegistryValidationException ex)
        {
            FormErrors.Add(ModelState, ex, "Upload");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var loaded = await loader.LoadAsync(id, ct);
        (Patient, Samples) = (loaded?.Patient, loaded?.Samples ?? []);
        return loaded is not null;
    }
}
