using Trek.Clinical.TestRoute;

namespace Trek.Web.Data.Entities;

/// <summary>One NTRK assay on a sample, with the result in the vocabulary of `trek test-route`.</summary>
public sealed class TestResult : RegistryEntity
{
    public long SampleId { get; set; }

    public TestMethod Method { get; set; }

    public AssayResult Result { get; set; }

    public DateOnly PerformedOn { get; set; }

    public string? Detail { get; set; }
}
