namespace Trek.Reports.Tests.Fhir;

/// <summary>The FHIR test classes share one validator (xUnit collection fixture).</summary>
[CollectionDefinition(Name)]
public sealed class FhirCollection : ICollectionFixture<FhirValidatorFixture>
{
    public const string Name = "fhir";
}
