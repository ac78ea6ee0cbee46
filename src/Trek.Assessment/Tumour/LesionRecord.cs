namespace Trek.Assessment.Tumour;

/// <summary>
/// One row of the lesion CSV: one lesion of one subject at one assessment date.
/// <see cref="DiameterMm"/> is the longest diameter, or the short axis for a lymph node (RECIST 1.1 §4.2);
/// for RANO it is the longest diameter and <see cref="Diameter2Mm"/> the perpendicular one.
/// </summary>
public sealed record LesionRecord(
    string Subject,
    DateOnly Date,
    string Lesion,
    LesionKind Kind,
    string Organ,
    bool Node,
    decimal? DiameterMm,
    decimal? Diameter2Mm,
    LesionStatus? Status,
    decimal? SteroidDoseMg,
    ClinicalStatus? Clinical,
    DateOnly? FirstDose,
    long Line);
