namespace Trek.Web.Data.Entities;

/// <summary>A non-laboratory adverse event by CTCAE v5.0 term and grade, with attribution.</summary>
public sealed class AdverseEvent : RegistryEntity
{
    public long PatientId { get; set; }

    public DateOnly Onset { get; set; }

    public required string Term { get; set; }

    public int Grade { get; set; }

    public Attribution Attribution { get; set; }
}
