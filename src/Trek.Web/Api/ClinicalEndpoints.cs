using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;
using Trek.Web.Domain;
using Trek.Web.Security;

namespace Trek.Web.Api;

/// <summary>Measurements, dose changes, assessment visits, labs and adverse events of a patient.</summary>
public static class ClinicalEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var write = api.MapGroup("/").Secured(Policies.ApiClinical).WithTags("clinical");
        write.MapPost("/measurements", async (MeasurementInput input, RegistryWriter w, CancellationToken ct) => Results.Ok(await w.AddMeasurementAsync(input, ct)))
            .WithSummary("Record height (cm) and weight (kg).");
        write.MapPost("/dose-changes", async (DoseChangeInput input, RegistryWriter w, CancellationToken ct) => Results.Ok(await w.AddDoseChangeAsync(input, ct)))
            .WithSummary("Record a dose modification and its reason.");
        write.MapPost("/visits", async (VisitInput input, RegistryWriter w, CancellationToken ct) => Results.Ok(await w.AddVisitAsync(input, ct)))
            .WithSummary("Record the lesion measurements of one assessment visit.");
        write.MapPost("/labs", async (LabInput input, RegistryWriter w, CancellationToken ct) => Results.Ok(await w.AddLabAsync(input, ct)))
            .WithSummary("Record a lab value (graded by CTCAE v5.0).");
        write.MapPost("/adverse-events", async (AdverseEventInput input, RegistryWriter w, CancellationToken ct) => Results.Ok(await w.AddAdverseEventAsync(input, ct)))
            .WithSummary("Record a non-lab adverse event by CTCAE v5.0 term, grade and attribution.");

        var read = api.MapGroup("/").Secured(Policies.ApiRead).WithTags("clinical");
        read.MapGet("/visits", async (long patientId, RegistryDbContext db, CancellationToken ct) =>
            await db.Lesions.AsNoTracking().Where(l => l.PatientId == patientId).OrderBy(l => l.Date).ThenBy(l => l.Id).ToListAsync(ct))
            .WithSummary("Lesion measurements of a patient.");
        read.MapGet("/adverse-events", async (long patientId, RegistryDbContext db, CancellationToken ct) =>
            await db.AdverseEvents.AsNoTracking().Where(l => l.PatientId == patientId).OrderBy(l => l.Onset).ThenBy(l => l.Id).ToListAsync(ct))
            .WithSummary("Adverse events of a patient.");
    }
}
