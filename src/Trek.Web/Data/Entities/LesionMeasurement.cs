using Trek.Assessment.Tumour;

namespace Trek.Web.Data.Entities;

/// <summary>One lesion at one assessment visit: the columns of the `trek response` lesion CSV (docs/assessment.md).</summary>
public sealed class LesionMeasurement : RegistryEntity
{
    public long PatientId { get; set; }

    public DateOnly Date { get; set; }

    public required string Lesion { get; set; }

    public LesionKind Kind { get; set; }

    public string Organ { get; set; } = "";

    public bool Node { get; set; }

    public decimal? DiameterMm { get; set; }

    public decimal? Diameter2Mm { get; set; }

    public LesionStatus? Status { get; set; }

    public decimal? SteroidDoseMg { get; set; }

    public ClinicalStatus? Clinical { get; set; }
}
