using Trek.Assessment.Tumour;
using Trek.Clinical.TestRoute;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>A new or edited patient. <see cref="Version"/> is the row version the edit was made on (0 for new).</summary>
public sealed record PatientInput(
    string Code,
    DateOnly BirthDate,
    Sex Sex,
    string Diagnosis,
    bool Cns,
    string? Cohort = null,
    string? DiseaseStatus = null,
    string? PerformanceScale = null,
    int? PerformanceScore = null,
    string? PriorTherapies = null,
    bool? RecoveredFromPriorTherapy = null,
    DateOnly? FirstDoseDate = null,
    DateOnly? DeathDate = null,
    DateOnly? LastKnownAliveDate = null,
    DateOnly? TreatmentEndDate = null,
    int Version = 0);

/// <summary>A new sample of a patient.</summary>
public sealed record SampleInput(long PatientId, string Code, string Specimen, DateOnly CollectedOn);

/// <summary>A new NTRK assay result on a sample.</summary>
public sealed record TestResultInput(long SampleId, TestMethod Method, AssayResult Result, DateOnly PerformedOn, string? Detail = null);

/// <summary>Height and weight on a date.</summary>
public sealed record MeasurementInput(long PatientId, DateOnly Date, double HeightCm, double WeightKg);

/// <summary>A dose modification (0-4 levels, label section 2.3) and its reason.</summary>
public sealed record DoseChangeInput(long PatientId, DateOnly Date, int Reductions, string Reason);

/// <summary>One lesion of an assessment visit (columns of the `trek response` lesion CSV).</summary>
public sealed record LesionInput(
    string Lesion,
    LesionKind Kind,
    string? Organ = null,
    bool Node = false,
    decimal? DiameterMm = null,
    decimal? Diameter2Mm = null,
    LesionStatus? Status = null,
    decimal? SteroidDoseMg = null,
    ClinicalStatus? Clinical = null);

/// <summary>An assessment visit: every lesion measured on one date (baseline is the first visit).</summary>
public sealed record VisitInput(long PatientId, DateOnly Date, IReadOnlyList<LesionInput> Lesions);

/// <summary>A laboratory value; <see cref="Test"/> is a name `trek ctcae` knows (ALT, AST, BILI, CREAT, ANC, WBC, PLT, HGB).</summary>
public sealed record LabInput(long PatientId, DateOnly Date, string Test, decimal Value, string? Unit = null, decimal? Uln = null, decimal? Lln = null);

/// <summary>A non-laboratory adverse event by CTCAE v5.0 term and grade.</summary>
public sealed record AdverseEventInput(long PatientId, DateOnly Onset, string Term, int Grade, Attribution Attribution);
