using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Trek.Web.Security;

/// <summary>
/// Authorization policies, one per minimum role. Pages authenticate by the Identity cookie; the API only by
/// bearer token (so a browser's cookie can never be used to forge an API write: no CSRF surface on /api).
/// <see cref="MinimumRole"/> lets the access test know what each endpoint requires.
/// </summary>
public static class Policies
{
    public const string Read = "read";
    public const string Clinical = "clinical";
    public const string Data = "data";
    public const string Admin = "admin";
    public const string ApiRead = "api-read";
    public const string ApiClinical = "api-clinical";
    public const string ApiData = "api-data";
    public const string ApiAdmin = "api-admin";

    /// <summary>The OpenAPI document: readable with either the cookie or a token.</summary>
    public const string Document = "document";

    public static readonly IReadOnlyDictionary<string, string> MinimumRole = new Dictionary<string, string>
    {
        [Read] = Roles.Viewer, [Clinical] = Roles.Clinician, [Data] = Roles.DataManager, [Admin] = Roles.Admin,
        [ApiRead] = Roles.Viewer, [ApiClinical] = Roles.Clinician, [ApiData] = Roles.DataManager, [ApiAdmin] = Roles.Admin,
        [Document] = Roles.Viewer,
    };

    public static void Add(AuthorizationOptions o)
    {
        var cookie = IdentityConstants.ApplicationScheme;
        var bearer = IdentityConstants.BearerScheme;
        o.AddPolicy(Read, Policy(Roles.Viewer, cookie));
        o.AddPolicy(Clinical, Policy(Roles.Clinician, cookie));
        o.AddPolicy(Data, Policy(Roles.DataManager, cookie));
        o.AddPolicy(Admin, Policy(Roles.Admin, cookie));
        o.AddPolicy(ApiRead, Policy(Roles.Viewer, bearer));
        o.AddPolicy(ApiClinical, Policy(Roles.Clinician, bearer));
        o.AddPolicy(ApiData, Policy(Roles.DataManager, bearer));
        o.AddPolicy(ApiAdmin, Policy(Roles.Admin, bearer));
        o.AddPolicy(Document, Policy(Roles.Viewer, cookie, bearer));

        // Anything that forgot to say what it needs still needs a signed-in viewer.
        o.FallbackPolicy = Policy(Roles.Viewer, cookie);
    }

    private static AuthorizationPolicy Policy(string role, params string[] schemes) =>
        new AuthorizationPolicyBuilder(schemes).RequireAuthenticatedUser().RequireRole(Roles.AtLeast(role)).Build();
}
