namespace Trek.Web.Data.Entities;

/// <summary>Height and weight on a date: the input of the BSA-based larotrectinib dose.</summary>
public sealed class BodyMeasurement : RegistryEntity
{
    public long PatientId { get; set; }

    public DateOnly Date { get; set; }

    public double HeightCm { get; set; }

    public double WeightKg { get; set; }
}
