using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Trek.Web.Security;

namespace Trek.Web.Tests;

/// <summary>A registry that allows 3 login attempts per minute per address (no demo data).</summary>
public sealed class ThrottledSqliteServer : SqliteRegistryServer
{
    protected override bool Demo => false;

    protected override int LoginPermitsPerMinute => 3;
}

/// <summary>Login throttling: per-address rate limit on the token endpoint, and account lockout after 5 failures.</summary>
public sealed class LoginThrottlingTests(ThrottledSqliteServer server) : IClassFixture<ThrottledSqliteServer>
{
    [Fact]
    public async Task FourthAttemptInAMinute_Is429()
    {
        using var client = server.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/token", new { userName = "nobody", password = "wrong-password-1" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/token", new { userName = "nobody", password = "wrong-password-1" })).StatusCode);
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_EvenAgainstTheRightPassword()
    {
        using var scope = server.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        await AccountSeeder.CreateUserAsync(users, "lockme", RegistryServer.Password, Roles.Viewer);
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<IdentityUser>>();
        var user = (await users.FindByNameAsync("lockme"))!;
        for (var i = 0; i < 5; i++)
        {
            Assert.False((await signIn.CheckPasswordSignInAsync(user, "wrong-password-1", lockoutOnFailure: true)).Succeeded);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, RegistryServer.Password, lockoutOnFailure: true);
        Assert.True(result.IsLockedOut);
    }
}
