using Trek.Clinical.TestRoute;

namespace Trek.Reports.Samples;

/// <summary>
/// Patient and specimen as the report prints them (CAP report elements, Gulley et al. 2007): every field may be
/// missing, and the report then says "not stated" rather than guessing.
/// </summary>
public sealed record SampleInfo
{
    public string? PatientId { get; init; }

    public string? PatientName { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>FHIR administrative gender code: female, male, other, unknown.</summary>
    public string? Sex { get; init; }

    public string? SpecimenId { get; init; }

    public string? SpecimenType { get; init; }

    /// <summary>The tumour type resolved in `trek test-route`'s vocabulary (OncoTree codes and names).</summary>
    public TumourType? TumourType { get; init; }

    public TumourClass TumourClass { get; init; }

    /// <summary>Tumour cells as a percentage of nucleated cells (pathologist's estimate), 0 to 100.</summary>
    public double? TumourContentPercent { get; init; }

    public string? NucleicAcid { get; init; }

    public DateOnly? CollectionDate { get; init; }

    public AgeGroup? AgeGroup { get; init; }

    public string? OrderingPhysician { get; init; }

    /// <summary>Earlier NTRK assays on this tumour (pan-TRK IHC, FISH, RT-PCR, DNA NGS); RNA NGS is this report.</summary>
    public TestResults PriorTests { get; init; } = new();

    public static SampleInfo Empty { get; } = new();
}
