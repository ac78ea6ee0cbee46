namespace Trek.Web.Data.Entities;

/// <summary>A dose modification: the level reached (label section 2.3, 0-4) and why.</summary>
public sealed class DoseChange : RegistryEntity
{
    public long PatientId { get; set; }

    public DateOnly Date { get; set; }

    public int Reductions { get; set; }

    public required string Reason { get; set; }
}
