using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trek.Web.Security;

namespace Trek.Web.Pages.Admin;

/// <summary>Account management (admin only).</summary>
public sealed class UsersModel(UserManager<IdentityUser> users) : PageModel
{
    public IReadOnlyList<(IdentityUser User, IList<string> Roles)> Users { get; private set; } = [];

    [BindProperty]
    public string NewUser { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string NewRole { get; set; } = Roles.Viewer;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await AccountSeeder.CreateUserAsync(users, NewUser, NewPassword, NewRole);
            return Redirect("/Admin/Users");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            ModelState.AddModelError("", ex.Message);
            await LoadAsync();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        var list = new List<(IdentityUser, IList<string>)>();
        foreach (var u in await users.Users.OrderBy(u => u.UserName).ToListAsync())
        {
            list.Add((u, await users.GetRolesAsync(u)));
        }

        Users = list;
    }
}
