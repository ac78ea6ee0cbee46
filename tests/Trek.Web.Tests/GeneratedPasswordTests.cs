using Microsoft.AspNetCore.Identity;
using Trek.Web.Security;

namespace Trek.Web.Tests;

/// <summary>
/// The first admin password `trek serve` generates must pass the registry's own Identity password rules
/// (12+ characters, a digit, an upper-case and a lower-case letter; RegistryApp). A plain 20-character draw from
/// the 56-letter alphabet lacks a digit with probability (48/56)^20 = 0.046, so 5,000 draws all passing would
/// happen by chance with probability about 1e-103 if the generator did not enforce it: this test failed on the
/// old generator (and CI once stopped `trek serve` with exit 70 on exactly that).
/// </summary>
public sealed class GeneratedPasswordTests
{
    [Fact]
    public async Task GeneratedPasswords_AllPassTheRegistryPasswordRules()
    {
        var options = new IdentityOptions();
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        var validator = new PasswordValidator<IdentityUser>();
        var users = new UserManager<IdentityUser>(
            new NoStore(), Microsoft.Extensions.Options.Options.Create(options), null!, [], [validator], null!, new IdentityErrorDescriber(), null!, null!);
        for (var i = 0; i < 5000; i++)
        {
            var password = AccountSeeder.GeneratePassword();
            Assert.Equal(20, password.Length);
            var result = await validator.ValidateAsync(users, new IdentityUser("admin"), password);
            Assert.True(result.Succeeded, $"{password}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    // PasswordValidator reads only the manager's options; it never touches the store.
    private sealed class NoStore : IUserStore<IdentityUser>
    {
        public void Dispose() { }
        public Task<string> GetUserIdAsync(IdentityUser user, CancellationToken c) => throw new NotSupportedException();
        public Task<string?> GetUserNameAsync(IdentityUser user, CancellationToken c) => throw new NotSupportedException();
        public Task SetUserNameAsync(IdentityUser user, string? userName, CancellationToken c) => throw new NotSupportedException();
        public Task<string?> GetNormalizedUserNameAsync(IdentityUser user, CancellationToken c) => throw new NotSupportedException();
        public Task SetNormalizedUserNameAsync(IdentityUser user, string? normalizedName, CancellationToken c) => throw new NotSupportedException();
        public Task<IdentityResult> CreateAsync(IdentityUser user, CancellationToken c) => throw new NotSupportedException();
        public Task<IdentityResult> UpdateAsync(IdentityUser user, CancellationToken c) => throw new NotSupportedException();
        public Task<IdentityResult> DeleteAsync(IdentityUser user, CancellationToken c) => throw new NotSupportedException();
        public Task<IdentityUser?> FindByIdAsync(string userId, CancellationToken c) => throw new NotSupportedException();
        public Task<IdentityUser?> FindByNameAsync(string normalizedUserName, CancellationToken c) => throw new NotSupportedException();
    }
}
