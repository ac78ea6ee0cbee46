namespace Trek.Web.Data.Entities;

/// <summary>
/// A registered patient. <see cref="Code"/> is the site's pseudonymous study code (no names are stored).
/// <see cref="DiseaseStatus"/> and <see cref="PriorTherapies"/> are comma-separated lists in the
/// vocabulary of `trek eligibility` (docs/clinical.md).
/// </summary>
public sealed class Patient : RegistryEntity
{
    public required string Code { get; set; }

    public DateOnly BirthDate { get; set; }

    public Sex Sex { get; set; }

    public required string Diagnosis { get; set; }

    /// <summary>Primary CNS tumour: response by RANO instead of RECIST 1.1, "cns" tumour category for eligibility.</summary>
    public bool Cns { get; set; }

    public string Cohort { get; set; } = "registry";

    public string? DiseaseStatus { get; set; }

    public string? PerformanceScale { get; set; }

    public int? PerformanceScore { get; set; }

    public string? PriorTherapies { get; set; }

    public bool? RecoveredFromPriorTherapy { get; set; }

    public DateOnly? FirstDoseDate { get; set; }

    public DateOnly? DeathDate { get; set; }

    public DateOnly? LastKnownAliveDate { get; set; }

    public DateOnly? TreatmentEndDate { get; set; }

    public List<Sample> Samples { get; set; } = [];
}
