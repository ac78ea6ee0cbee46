using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;
using Trek.Web.Domain;
using Trek.Web.Security;

namespace Trek.Web.Api;

/// <summary>/api/patients: list, read, register, edit (with row version), and the derived overview.</summary>
public static class PatientEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var read = api.MapGroup("/patients").Secured(Policies.ApiRead).WithTags("patients");
        read.MapGet("/", async (RegistryDbContext db, CancellationToken ct) =>
            await db.Patients.AsNoTracking().OrderBy(p => p.Code).Select(p => PatientDto.From(p)).ToListAsync(ct))
            .WithSummary("All patients.");
        read.MapGet("/{id:long}", async (long id, RegistryDbContext db, CancellationToken ct) =>
            await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } p ? Results.Ok(PatientDto.From(p)) : Results.NotFound())
            .WithSummary("One patient, with its row version for edits.");
        read.MapGet("/{id:long}/overview", async (long id, PatientOverviewService overview, CancellationToken ct) =>
            await overview.GetAsync(id, null, ct) is { } o ? Results.Ok(o) : Results.NotFound())
            .WithSummary("Test route, eligibility, dose, visit schedule, response, graded labs and adverse events.");

        var write = api.MapGroup("/patients").Secured(Policies.ApiClinical).WithTags("patients");
        write.MapPost("/", async (PatientInput input, RegistryWriter writer, CancellationToken ct) =>
            {
                var p = await writer.AddPatientAsync(input, ct);
                return Results.Created($"/api/patients/{p.Id}", PatientDto.From(p));
            })
            .WithSummary("Register a patient.");
        write.MapPut("/{id:long}", async (long id, PatientInput input, RegistryWriter writer, CancellationToken ct) =>
            Results.Ok(PatientDto.From(await writer.UpdatePatientAsync(id, input, ct))))
            .WithSummary("Edit a patient; 409 when the row changed since the given version.");
    }
}
