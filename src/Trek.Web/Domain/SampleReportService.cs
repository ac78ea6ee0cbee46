using Microsoft.EntityFrameworkCore;
using Trek.Clinical.Eligibility;
using Trek.Clinical.TestRoute;
using Trek.Reports.Fusions;
using Trek.Reports.Interpretation;
using Trek.Reports.Samples;
using Trek.Web.Data;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>
/// The clinical report of issue 11 for one sample: the sample's latest uploaded fusions.tsv read by the one
/// reader (<see cref="FusionTableReader"/>), patient and specimen from the registry, then the same
/// <see cref="ReportBuilder"/> `trek report` calls. Nothing of the interpretation lives here; the patient page's
/// RNA NGS result of an upload (<see cref="UploadedRnaResult"/>) comes from the same report.
/// </summary>
public sealed class SampleReportService(RegistryDbContext db)
{
    /// <summary>The report, or null when the sample does not exist or has no uploaded fusions.tsv.</summary>
    public async Task<ClinicalReport?> BuildAsync(long sampleId, DateOnly reportDate, CancellationToken ct)
    {
        var sample = await db.Samples.AsNoTracking().Include(s => s.Patient).Include(s => s.Tests).FirstOrDefaultAsync(s => s.Id == sampleId, ct);
        var upload = await db.FusionUploads.AsNoTracking().Where(u => u.SampleId == sampleId).OrderByDescending(u => u.Id).FirstOrDefaultAsync(ct);
        if (sample?.Patient is null || upload is null)
        {
            return null;
        }

        return await BuildAsync(sample.Patient, sample, upload, reportDate, ct);
    }

    /// <summary>The RNA NGS result of each of these samples' latest upload (samples without an upload are left out).</summary>
    public async Task<IReadOnlyList<UploadedRnaResult>> RnaResultsAsync(Patient patient, IReadOnlyList<Sample> samples, DateOnly on, CancellationToken ct)
    {
        var ids = samples.Select(s => s.Id).ToList();
        var latest = await db.FusionUploads.AsNoTracking().Where(u => ids.Contains(u.SampleId)).GroupBy(u => u.SampleId).Select(g => g.Max(u => u.Id)).ToListAsync(ct);
        var uploads = await db.FusionUploads.AsNoTracking().Where(u => latest.Contains(u.Id)).OrderBy(u => u.Id).ToListAsync(ct);
        var results = new List<UploadedRnaResult>();
        foreach (var upload in uploads)
        {
            var sample = samples.First(s => s.Id == upload.SampleId);
            var report = await BuildAsync(patient, sample, upload, on, ct);
            // ReportBuilder's next-test advice is `trek test-route` with this file's RNA NGS result added: that result is the
            // one the registry's testing route uses, so the report and the patient page cannot disagree on what the file means.
            var rna = report.NextTest?.Results.RnaNgs ?? throw new InvalidOperationException($"no next-test advice for sample {sample.Code}: the registry always knows tumour type and age");
            results.Add(new UploadedRnaResult(sample.Id, sample.Code, upload.FileName, DateOnly.FromDateTime(upload.UploadedAt.UtcDateTime), report.Outcome, rna, report.Findings));
        }

        return results;
    }

    private static async Task<ClinicalReport> BuildAsync(Patient patient, Sample sample, FusionUpload upload, DateOnly reportDate, CancellationToken ct) =>
        ReportBuilder.Build(await StoredFusionTable.ReadAsync(upload, ct), Info(patient, sample, reportDate), null, null, reportDate);

    /// <summary>Patient and specimen as the report prints them. The pseudonymous study code stands for the patient (no names are stored).</summary>
    private static SampleInfo Info(Patient p, Sample s, DateOnly on)
    {
        AssayResult Last(TestMethod m) => s.Tests.Where(t => t.Method == m).OrderBy(t => t.PerformedOn).ThenBy(t => t.Id).LastOrDefault()?.Result ?? AssayResult.NotDone;
        var months = on >= p.BirthDate ? PatientAge.CompletedMonths(p.BirthDate, on) : 0;
        return new SampleInfo
        {
            PatientId = p.Code,
            BirthDate = p.BirthDate,
            Sex = p.Sex.ToString().ToLowerInvariant(),
            SpecimenId = s.Code,
            SpecimenType = s.Specimen,
            CollectionDate = s.CollectedOn,
            // Diagnoses are stored by their name in this vocabulary (RegistryWriter refuses others), whose entries are all solid tumours.
            TumourType = TumourVocabulary.Resolve(p.Diagnosis),
            TumourClass = TumourClass.Solid,
            AgeGroup = months / 12 < 18 ? AgeGroup.Paediatric : AgeGroup.Adult,
            // RNA NGS is this report itself; the earlier assays come from the sample's recorded results.
            PriorTests = new TestResults(Last(TestMethod.Ihc), Last(TestMethod.Fish), Last(TestMethod.RtPcr), Last(TestMethod.DnaNgs)),
        };
    }
}
