using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trek.Web.Domain;
using Trek.Web.Security;

namespace Trek.Web.Pages.Patients;

/// <summary>One patient: stored data and everything the library derives from it (read only).</summary>
public sealed class ViewModel(PatientOverviewService overviews) : PageModel
{
    public PatientOverview? Overview { get; private set; }

    public bool CanRecord => Roles.AtLeast(Roles.Clinician).Any(User.IsInRole);

    public bool CanImport => Roles.AtLeast(Roles.DataManager).Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Overview = await overviews.GetAsync(id, null, ct);
        return Overview is null ? NotFound() : Page();
    }
}
