using Trek.Web.Data.Entities;

namespace Trek.Web.Api;

/// <summary>A patient as the API shows it.</summary>
public sealed record PatientDto(long Id, int Version, string Code, DateOnly BirthDate, Sex Sex, string Diagnosis, bool Cns, string Cohort,
    string? DiseaseStatus, string? PerformanceScale, int? PerformanceScore, string? PriorTherapies, bool? RecoveredFromPriorTherapy,
    DateOnly? FirstDoseDate, DateOnly? DeathDate, DateOnly? LastKnownAliveDate, DateOnly? TreatmentEndDate)
{
    public static PatientDto From(Patient p) => new(p.Id, p.Version, p.Code, p.BirthDate, p.Sex, p.Diagnosis, p.Cns, p.Cohort, p.DiseaseStatus,
        p.PerformanceScale, p.PerformanceScore, p.PriorTherapies, p.RecoveredFromPriorTherapy, p.FirstDoseDate, p.DeathDate, p.LastKnownAliveDate, p.TreatmentEndDate);
}
