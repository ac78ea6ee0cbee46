using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;
using Trek.Web.Domain;
using Trek.Web.Import;
using Trek.Web.Security;

namespace Trek.Web.Api;

/// <summary>/api/samples: samples, NTRK assay results and imported fusion calls.</summary>
public static class SampleEndpoints
{
    public sealed record SampleDto(long Id, long PatientId, string Code, string Specimen, DateOnly CollectedOn);

    public static void Map(RouteGroupBuilder api)
    {
        var read = api.MapGroup("/samples").Secured(Policies.ApiRead).WithTags("samples");
        read.MapGet("/", async (long? patientId, RegistryDbContext db, CancellationToken ct) =>
            await db.Samples.AsNoTracking().Where(s => patientId == null || s.PatientId == patientId).OrderBy(s => s.Id)
                .Select(s => new SampleDto(s.Id, s.PatientId, s.Code, s.Specimen, s.CollectedOn)).ToListAsync(ct))
            .WithSummary("Samples, optionally of one patient.");
        read.MapGet("/{id:long}/fusions", async (long id, RegistryDbContext db, CancellationToken ct) =>
            await db.FusionCalls.AsNoTracking().Where(f => f.SampleId == id).OrderBy(f => f.Id).ToListAsync(ct))
            .WithSummary("Imported fusion calls of a sample.");
        read.MapGet("/{id:long}/tests", async (long id, RegistryDbContext db, CancellationToken ct) =>
            await db.TestResults.AsNoTracking().Where(f => f.SampleId == id).OrderBy(f => f.Id).ToListAsync(ct))
            .WithSummary("NTRK assay results of a sample.");

        var write = api.MapGroup("/samples").Secured(Policies.ApiClinical).WithTags("samples");
        write.MapPost("/", async (SampleInput input, RegistryWriter writer, CancellationToken ct) =>
            {
                var s = await writer.AddSampleAsync(input, ct);
                return Results.Created($"/api/samples/{s.Id}", new SampleDto(s.Id, s.PatientId, s.Code, s.Specimen, s.CollectedOn));
            })
            .WithSummary("Register a sample.");
        write.MapPost("/{id:long}/tests", async (long id, TestResultInput input, RegistryWriter writer, CancellationToken ct) =>
            Results.Ok(await writer.AddTestResultAsync(input with { SampleId = id }, ct)))
            .WithSummary("Record an NTRK assay result (IHC, FISH, RT-PCR, DNA or RNA NGS).");

        var data = api.MapGroup("/samples").Secured(Policies.ApiData).WithTags("samples");
        data.MapPost("/{id:long}/fusions", async (long id, HttpRequest request, FusionImporter importer, RegistrySettings settings, CancellationToken ct) =>
            {
                if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = settings.MaxUploadBytes + 1;
                }

                var import = await importer.ImportAsync(id, request.Body, request.Headers["X-File-Name"].FirstOrDefault(), ct);
                return Results.Ok(new { imported = import.Calls.Count, fusions = import.Calls.Select(c => c.Fusion) });
            })
            .Accepts<string>("text/tab-separated-values")
            .WithSummary("Import a `trek fusions` TSV (request body, streamed; replaces the sample's earlier calls).");
    }
}
