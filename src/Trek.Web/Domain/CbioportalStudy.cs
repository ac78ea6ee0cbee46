using Trek.Reports.Fusions;
using Trek.Trials.Endpoints;
using Trek.Trials.Survival;

namespace Trek.Web.Domain;

/// <summary>
/// What the cBioPortal export holds for the chosen patients: each patient with its outcome as the cohort page computes it
/// (null when the patient is not in the analysis), each sample with its diagnosis, and each sample's latest fusions.tsv.
/// </summary>
public sealed record CbioportalStudy(string StudyId, string Name, string Description, IReadOnlyList<CbioportalPatient> Patients, IReadOnlyList<CbioportalSample> Samples);

/// <summary>A patient row: OS and PFS in months from the first dose (<see cref="EndpointRules"/>), null when not analysed.</summary>
public sealed record CbioportalPatient(string Code, string Sex, double? AgeAtFirstDoseYears, SurvivalObservation? Os, SurvivalObservation? Pfs, BestResponse? BestResponse);

/// <summary>A sample row, and its latest fusion calls (null when none were uploaded).</summary>
public sealed record CbioportalSample(string Code, string PatientCode, string Diagnosis, string OncoTreeCode, string Specimen, FusionTable? Fusions);
