using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;
using Trek.Web.Domain;
using Trek.Web.Security;

namespace Trek.Web.Api;

/// <summary>/api/audit (data managers; read only: there is no route that changes it) and /api/users (admins).</summary>
public static class AdminEndpoints
{
    public sealed record UserInput(string UserName, string Password, string Role);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGroup("/audit").Secured(Policies.ApiData).WithTags("audit")
            .MapGet("/", async (long? after, int? take, RegistryDbContext db, CancellationToken ct) =>
                await db.AuditLog.AsNoTracking().Where(a => a.Id > (after ?? 0)).OrderBy(a => a.Id).Take(Math.Clamp(take ?? 100, 1, 1000)).ToListAsync(ct))
            .WithSummary("Audit log entries after an id (paged, oldest first).");

        var admin = api.MapGroup("/users").Secured(Policies.ApiAdmin).WithTags("users");
        admin.MapPost("/", async (UserInput input, UserManager<IdentityUser> users) =>
            {
                if (!Roles.IsKnown(input.Role ?? ""))
                {
                    throw RegistryValidationException.For("role", $"give one of {string.Join(", ", Roles.All)}");
                }

                try
                {
                    var user = await AccountSeeder.CreateUserAsync(users, input.UserName, input.Password, input.Role!);
                    return Results.Created($"/api/users/{user.Id}", new { user.Id, user.UserName, input.Role });
                }
                catch (InvalidOperationException ex)
                {
                    throw RegistryValidationException.For("password", ex.Message);
                }
            })
            .WithSummary("Create an account with one role.");
        admin.MapGet("/", async (UserManager<IdentityUser> users, CancellationToken ct) =>
            await users.Users.OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName, u.LockoutEnd }).ToListAsync(ct))
            .WithSummary("Accounts.");
    }
}
