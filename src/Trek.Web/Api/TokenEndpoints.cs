using Microsoft.AspNetCore.Identity;

namespace Trek.Web.Api;

/// <summary>POST /api/token: a bearer token for an account (throttled per client address; accounts lock after 5 failures).</summary>
public static class TokenEndpoints
{
    public sealed record TokenRequest(string UserName, string Password);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/token", async (TokenRequest request, SignInManager<IdentityUser> signIn) =>
            {
                signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
                var result = await signIn.PasswordSignInAsync(request.UserName ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    return Results.Empty; // the bearer handler has written the token
                }

                return Results.Problem(result.IsLockedOut ? "The account is locked after repeated failures; try again later." : "Unknown user or wrong password.", statusCode: StatusCodes.Status401Unauthorized);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RegistryApp.LoginRateLimit)
            .WithSummary("Exchange a user name and password for a bearer token (8 hours).");
    }
}
