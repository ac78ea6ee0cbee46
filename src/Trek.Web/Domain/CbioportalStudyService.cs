using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Trek.Clinical.TestRoute;
using Trek.Trials.Endpoints;
using Trek.Web.Data;

namespace Trek.Web.Domain;

/// <summary>
/// Gathers the cBioPortal study of the chosen patients (all when none are chosen): outcomes from the same
/// <see cref="CohortService"/> the cohort page uses, so the study and the page agree; fusion calls from each sample's
/// latest uploaded fusions.tsv.
/// </summary>
public sealed partial class CbioportalStudyService(RegistryDbContext db, CohortService cohort)
{
    public const string StudyId = "trek_registry";

    public async Task<CbioportalStudy?> BuildAsync(IReadOnlyCollection<long>? patientIds, DateOnly on, CancellationToken ct)
    {
        var query = db.Patients.AsNoTracking();
        if (patientIds is { Count: > 0 })
        {
            query = query.Where(p => patientIds.Contains(p.Id));
        }

        var patients = await query.OrderBy(p => p.Code).ToListAsync(ct);
        if (patients.Count == 0)
        {
            return null;
        }

        var ids = patients.Select(p => p.Id).ToList();
        var samples = await db.Samples.AsNoTracking().Where(s => ids.Contains(s.PatientId)).OrderBy(s => s.Code).ToListAsync(ct);
        var sampleIds = samples.Select(s => s.Id).ToList();
        var latest = await db.FusionUploads.AsNoTracking().Where(u => sampleIds.Contains(u.SampleId)).GroupBy(u => u.SampleId).Select(g => g.Max(u => u.Id)).ToListAsync(ct);
        var uploads = await db.FusionUploads.AsNoTracking().Where(u => latest.Contains(u.Id)).ToDictionaryAsync(u => u.SampleId, ct);
        var report = await cohort.ComputeAsync(ids, ct);
        var subjects = report?.Subjects.ToDictionary(s => s.Subject, StringComparer.Ordinal) ?? [];
        var days = CohortService.DefaultOptions.DaysPerUnit;

        foreach (var code in patients.Select(p => p.Code).Concat(samples.Select(s => s.Code)))
        {
            // cBioPortal File Formats, clinical data: PATIENT_ID and SAMPLE_ID allow only letters, digits, '.', '_' and '-'.
            if (!CbioportalId().IsMatch(code))
            {
                throw RegistryValidationException.For("patients", $"'{code}' cannot be a cBioPortal patient or sample id (letters, digits, '.', '_' and '-' only)");
            }
        }

        var patientRows = patients.Select(p => subjects.TryGetValue(p.Code, out var s)
            ? new CbioportalPatient(p.Code, p.Sex.ToString(), (s.FirstDose.DayNumber - p.BirthDate.DayNumber) / 365.25, EndpointRules.Os(s, days), EndpointRules.Pfs(s, days), s.BestResponse)
            : new CbioportalPatient(p.Code, p.Sex.ToString(), null, null, null, null)).ToList();
        var codes = patients.ToDictionary(p => p.Id);
        var sampleRows = new List<CbioportalSample>();
        foreach (var s in samples)
        {
            var p = codes[s.PatientId];
            var tumour = TumourVocabulary.Resolve(p.Diagnosis);
            var table = uploads.TryGetValue(s.Id, out var upload) ? await StoredFusionTable.ReadAsync(upload, ct) : null;
            sampleRows.Add(new CbioportalSample(s.Code, p.Code, tumour.Name, tumour.Code, s.Specimen, table));
        }

        return new CbioportalStudy(StudyId, "Trek registry",
            $"NTRK fusion registry export of {patients.Count} patients on {on:yyyy-MM-dd}: outcomes from the first larotrectinib dose (the cohort page), fusion calls from trek fusions (RNA).",
            patientRows, sampleRows);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CbioportalId();
}
