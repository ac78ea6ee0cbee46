using Trek.Web.Security;

namespace Trek.Web.Api;

/// <summary>
/// The JSON API under /api, one group per resource. Every group states its minimum role; the API accepts
/// only bearer tokens (POST /api/token), never the page cookie.
/// </summary>
public static class ApiRoutes
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        TokenEndpoints.Map(api);
        PatientEndpoints.Map(api);
        SampleEndpoints.Map(api);
        ClinicalEndpoints.Map(api);
        CohortRoutes.Map(api);
        FastqJobEndpoints.Map(api);
        AdminEndpoints.Map(api);
    }

    /// <summary>Requires <paramref name="policy"/> on every route of <paramref name="group"/>.</summary>
    public static RouteGroupBuilder Secured(this RouteGroupBuilder group, string policy) => (RouteGroupBuilder)group.RequireAuthorization(policy);

    public static string MinimumRole(string policy) => Policies.MinimumRole[policy];
}
