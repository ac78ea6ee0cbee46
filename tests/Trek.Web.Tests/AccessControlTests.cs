using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Trek.Web.Security;

namespace Trek.Web.Tests;

/// <summary>
/// Enumerates every endpoint the application maps (EndpointDataSource: pages, API, OpenAPI) and checks each is
/// refused without sign-in and with every role below the one its policy requires, and allowed at that role.
/// A route added later is enumerated too, so it cannot be forgotten.
/// </summary>
public sealed class AccessControlTests(SqliteRegistryServer server) : IClassFixture<SqliteRegistryServer>
{
    /// <summary>The only endpoints that may be reached without signing in.</summary>
    private static readonly HashSet<string> Anonymous = ["/api/token", "/Account/Login", "/Account/Denied"];

    [Fact]
    public async Task EveryEndpoint_RefusedWithoutSignInAndBelowItsRole()
    {
        var endpoints = server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} endpoints found");
        var api = new Dictionary<string, HttpClient>();
        var pages = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            api[role] = await server.ApiAsync(role);
            pages[role] = await server.PagesAsync(role);
        }

        using var anonymous = server.Anonymous();
        var checkedCount = 0;
        foreach (var endpoint in endpoints)
        {
            var path = Path(endpoint);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                Assert.Contains(path, Anonymous);
                continue;
            }

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            var minimum = policies.Count == 0 ? Roles.Viewer : policies.Select(p => Policies.MinimumRole[p]).MaxBy(r => Roles.All.ToList().IndexOf(r))!;
            var clients = path.StartsWith("/api/", StringComparison.Ordinal) ? api : pages;
            foreach (var method in methods)
            {
                var what = $"{method} {path} (needs {minimum})";
                var contentType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault();
                Assert.True(RefusedAnonymous(await SendAsync(anonymous, method, path, contentType)), $"{what}: open without sign-in");
                foreach (var role in Roles.All)
                {
                    var response = await SendAsync(clients[role], method, path, contentType);
                    var below = Roles.All.ToList().IndexOf(role) < Roles.All.ToList().IndexOf(minimum);
                    Assert.True(below == Forbidden(response), $"{what} as {role}: {(int)response.StatusCode} {response.Headers.Location}");
                }

                checkedCount++;
            }
        }

        Assert.True(checkedCount > 30);
    }

    private static string Path(RouteEndpoint endpoint)
    {
        var raw = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        return System.Text.RegularExpressions.Regex.Replace(raw.Replace("{documentName}", "v1"), "\\{[^}]+\\}", "1");
    }

    /// <summary>A request with an empty body of the type the endpoint accepts (else routing would answer 415 before authorization).</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? contentType) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null
                : contentType is null ? new FormUrlEncodedContent([])
                : new StringContent(contentType.Contains("json", StringComparison.Ordinal) ? "{}" : "", System.Text.Encoding.UTF8, contentType),
        });

    private static bool RefusedAnonymous(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Unauthorized || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal));

    private static bool Forbidden(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.ToString() is var l && (l.Contains("/Account/Denied", StringComparison.Ordinal) || l.Contains("/Account/Login", StringComparison.Ordinal)));
}
