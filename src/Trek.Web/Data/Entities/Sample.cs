namespace Trek.Web.Data.Entities;

/// <summary>A specimen taken from a patient (tumour tissue, blood, CSF ...).</summary>
public sealed class Sample : RegistryEntity
{
    public long PatientId { get; set; }

    public Patient? Patient { get; set; }

    public required string Code { get; set; }

    public required string Specimen { get; set; }

    public DateOnly CollectedOn { get; set; }

    public List<TestResult> Tests { get; set; } = [];

    public List<FusionCallRecord> Fusions { get; set; } = [];
}
