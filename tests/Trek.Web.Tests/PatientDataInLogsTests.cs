using System.Net;
using System.Net.Http.Json;
using Trek.Web.Security;

namespace Trek.Web.Tests;

/// <summary>No patient data in logs: every log line of a registry that seeded the demo and registered a patient is searched.</summary>
public sealed class PatientDataInLogsTests(SqliteRegistryServer server) : IClassFixture<SqliteRegistryServer>
{
    [Fact]
    public async Task Logs_HoldNoDiagnosisCodeOrBirthDate()
    {
        using var api = await server.ApiAsync(Roles.Clinician);
        var response = await api.PostAsJsonAsync("/api/patients", new { code = "LOGCANARY7", birthDate = "2011-11-11", sex = "Male", diagnosis = "dermatofibrosarcoma protuberans", cns = false });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEmpty(server.Logs.Lines);
        foreach (var secret in new[] { "LOGCANARY7", "dermatofibrosarcoma", "2011-11-11", "infantile fibrosarcoma", "2022-03-10" })
        {
            Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
