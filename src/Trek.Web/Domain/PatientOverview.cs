using Trek.Assessment.Ctcae;
using Trek.Assessment.Tumour;
using Trek.Clinical.Dosing;
using Trek.Clinical.Eligibility;
using Trek.Clinical.TestRoute;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>
/// Everything the patient page and GET /api/patients/{id}/overview show: the stored rows and what the library
/// derives from them. A derivation the data cannot support carries its reason (e.g. <see cref="DoseProblem"/>)
/// instead of a result. <see cref="Dose"/> is the current dose (latest level, latest measurement) and <see cref="DoseHistory"/>
/// every step since the first dose, so a reduction stays visible; <see cref="LatestMeasurement"/> is the one the current dose uses.
/// </summary>
public sealed record PatientOverview(
    Patient Patient,
    DateOnly On,
    int AgeMonths,
    IReadOnlyList<Sample> Samples,
    IReadOnlyList<UploadedRnaResult> RnaResults,
    TestRouteAdvice TestRoute,
    EligibilityReport Eligibility,
    BodyMeasurement? LatestMeasurement,
    IReadOnlyList<DoseChange> DoseChanges,
    DoseResult? Dose,
    int DoseLevel,
    string? DoseProblem,
    IReadOnlyList<DoseStep> DoseHistory,
    IReadOnlyList<ScheduledVisit> Schedule,
    IReadOnlyList<LesionMeasurement> Lesions,
    SubjectResponse? Response,
    string? ResponseProblem,
    IReadOnlyList<GradedLab> Labs,
    IReadOnlyList<AdverseEvent> AdverseEvents,
    IReadOnlyList<FastqJob> Jobs);

/// <summary>A stored lab value with its CTCAE v5.0 grade.</summary>
public sealed record GradedLab(LabMeasurement Lab, LabGrade Grade);
