namespace Trek.Assessment.Tumour;

/// <summary>
/// One follow-up assessment of one subject. Sums are in mm (RECIST: sum of diameters) or mm² (RANO:
/// sum of products of perpendicular diameters); null when not every target lesion was measured.
/// <see cref="NadirSum"/> is the smallest complete sum before this visit, baseline included (RECIST 1.1 §4.3.1).
/// </summary>
public sealed record VisitAssessment(
    DateOnly Date,
    int Day,
    decimal? TargetSum,
    decimal? ChangeFromBaselinePct,
    decimal? NadirSum,
    decimal? ChangeFromNadirPct,
    decimal? ChangeFromNadirAbsolute,
    ResponseCategory? TargetResponse,
    ResponseCategory? NonTargetResponse,
    bool NewLesions,
    decimal? SteroidDoseMg,
    ClinicalStatus? ClinicalStatus,
    ResponseCategory OverallResponse,
    string Reason);
