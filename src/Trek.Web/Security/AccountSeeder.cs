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

    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>
    /// 20 characters from a 56-letter alphabet without look-alikes (about 116 bits), redrawn until it has a digit,
    /// an upper-case and a lower-case letter, which ASP.NET Core Identity's password rules require: a plain draw
    /// lacks a digit about 1 time in 22 ((48/56)^20), and `trek serve` then stopped with exit 70.
    /// </summary>
    public static string GeneratePassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(PasswordAlphabet, 20);
            if (password.Any(char.IsAsciiDigit) && password.Any(char.IsAsciiLetterUpper) && password.Any(char.IsAsciiLetterLower))
            {
                return password;
            }
        }
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
