namespace Trek.Clinical.Eligibility;

/// <summary>
/// A patient as read from a JSON or YAML record (keys in docs/clinical.md). Every field may be missing;
/// a missing field makes the criteria that need it "unknown", which counts as not met.
/// </summary>
public sealed record PatientRecord(
    string? PatientId,
    DateOnly? BirthDate,
    DateOnly AssessmentDate,
    double? AgeYears,
    int? AgeMonths,
    string? Diagnosis,
    string? TumourCategory,
    IReadOnlyList<string> DiseaseStatus,
    bool? DisfiguringSurgeryRequired,
    bool? NtrkFusionDocumented,
    string? NtrkFusionDescription,
    bool? Etv6RearrangementDocumented,
    string? PerformanceScale,
    int? PerformanceScore,
    IReadOnlyDictionary<string, LabValue> Labs,
    IReadOnlyList<string>? PriorTherapies,
    bool? RecoveredFromPriorTherapy);
