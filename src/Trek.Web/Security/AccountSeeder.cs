using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Trek.Web.Security;

/// <summary>Creates the four roles and, when no admin exists, the first admin account.</summary>
public static class AccountSeeder
{
    /// <summary>Returns the generated admin password (to be shown once), or null when none was generated.</summary>
    public static async Task<string?> SeedAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return null;
        }

        var settings = services.GetRequiredService<RegistrySettings>();
        var generated = settings.AdminPassword is null;
        var password = settings.AdminPassword ?? GeneratePassword();
        await CreateUserAsync(users, settings.AdminUser, password, Roles.Admin);
        return generated ? password : null;
    }

    /// <summary>Creates an account with one role; the framework's hasher (PBKDF2) stores the password.</summary>
    public static async Task<IdentityUser> CreateUserAsync(UserManager<IdentityUser> users, string name, string password, string role)
    {
        if (!Roles.IsKnown(role))
        {
            throw new ArgumentException($"unknown role '{role}': give one of {string.Join(", ", Roles.All)}");
        }

        var user = new IdentityUser(name);
        Ensure(await users.CreateAsync(user, password), $"account {name}");
        Ensure(await users.AddToRoleAsync(user, role), $"role of {name}");
        return user;
    }

    /// <summary>20 characters from a 57-letter alphabet without look-alikes: about 117 bits.</summary>
    private static string GeneratePassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 20);

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
