using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;

namespace Trek.Web.Domain;

/// <summary>
/// Loads a patient and its samples (read only). The one loader of the record, fusion-upload and FASTQ-upload
/// pages, so they agree on which samples a form may name.
/// </summary>
public sealed class PatientSamplesLoader(RegistryDbContext db)
{
    /// <summary>The patient and its samples, or null when no patient has this id.</summary>
    public async Task<PatientSamples?> LoadAsync(long patientId, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
        {
            return null;
        }

        var samples = await db.Samples.AsNoTracking().Where(s => s.PatientId == patientId).OrderBy(s => s.Id).ToListAsync(ct);
        return new PatientSamples(patient, samples);
    }
}
