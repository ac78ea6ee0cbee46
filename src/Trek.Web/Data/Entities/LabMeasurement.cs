using Trek.Assessment.Ctcae;

namespace Trek.Web.Data.Entities;

/// <summary>A laboratory value with the lab's reference limits; graded by CTCAE v5.0 when shown.</summary>
public sealed class LabMeasurement : RegistryEntity
{
    public long PatientId { get; set; }

    public DateOnly Date { get; set; }

    public LabTest Test { get; set; }

    public decimal Value { get; set; }

    public string? Unit { get; set; }

    public decimal? Uln { get; set; }

    public decimal? Lln { get; set; }
}
