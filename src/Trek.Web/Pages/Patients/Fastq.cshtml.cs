using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;
using Trek.Web.Jobs;

namespace Trek.Web.Pages.Patients;

/// <summary>
/// FASTQ upload for fusion detection (data manager or above) and the patient's jobs with their progress and a Cancel
/// button. The upload is streamed by <see cref="FastqUploadReceiver"/> (form binding and the automatic anti-forgery check
/// would buffer the whole body first; the receiver validates the token itself, before any file byte is stored).
/// </summary>
[DisableRequestSizeLimit]
[IgnoreAntiforgeryToken]
[DisableFormValueModelBinding]
public sealed class FastqModel(PatientSamplesLoader loader, FastqJobService jobs, FastqUploadReceiver receiver, IAntiforgery antiforgery, RegistrySettings settings) : PageModel
{
    public Patient? Patient { get; private set; }

    public IReadOnlyList<Sample> Samples { get; private set; } = [];

    public IReadOnlyList<FastqJobView> Jobs { get; private set; } = [];

    public bool Enabled => jobs.Enabled;

    public long MaxBytes => settings.MaxFastqBytes;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        // Two files and a few small fields at most: the request may not exceed that (Kestrel stops it while it streams).
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = (2 * settings.MaxFastqBytes) + (1 << 20);
        }

        try
        {
            await jobs.CheckAcceptingAsync(ct);
            var received = await receiver.ReceiveAsync(HttpContext, ct);
            await jobs.QueueAsync(id, received, ct);
            return Redirect($"/Patients/Fastq/{id}");
        }
        catch (RegistryValidationException ex)
        {
            return Refused(ex, "upload");
        }
        catch (AntiforgeryValidationException)
        {
            return Refused(RegistryValidationException.For("upload", "the form's anti-forgery token is missing or stale: reload the page and upload again"), "upload");
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(long id, long jobId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = 64 * 1024;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
            if (!Jobs.Any(j => j.Id == jobId))
            {
                return NotFound();
            }

            await jobs.CancelAsync(jobId, ct);
            return Redirect($"/Patients/Fastq/{id}");
        }
        catch (RegistryValidationException ex)
        {
            return Refused(ex, "job");
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }
    }

    private IActionResult Refused(RegistryValidationException ex, string prefix)
    {
        FormErrors.Add(ModelState, ex, prefix);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var loaded = await loader.LoadAsync(id, ct);
        (Patient, Samples) = (loaded?.Patient, loaded?.Samples ?? []);
        Jobs = loaded is null ? [] : await jobs.ListAsync(id, ct);
        return loaded is not null;
    }
}
