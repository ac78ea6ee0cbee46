using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Trek.Web.Pages.Account;

/// <summary>Where a signed-in user with too low a role lands; answers 403.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
