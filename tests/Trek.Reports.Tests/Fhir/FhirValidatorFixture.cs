using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Trek.Reports.Tests.Fhir;

/// <summary>
/// One Firely validator for every FHIR test (loading the core R4 definitions takes seconds): the core StructureDefinitions,
/// ValueSets and CodeSystems from Hl7.Fhir.Specification.Data.R4's specification.zip, offline, with the local terminology
/// service (it can expand only the value sets that ship with the core specification). The Genomics Reporting IG package is
/// not available here, so the IG profiles named in meta.profile are dropped before validation (SelectValidationProfiles) instead
/// of being reported as unresolvable; the IG's constraints are asserted by GenomicsProfileConstraintTests.
/// </summary>
public sealed class FhirValidatorFixture
{
    public FhirValidatorFixture()
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        var terminology = LocalTerminologyService.CreateDefaultForCore(source);
        var settings = new ValidationSettings
        {
            ValidateCodeService = terminology,
            ConformanceResourceResolver = source,
            SelectValidationProfiles = (_, profiles, _, _) => profiles.Where(p => !((string)p).StartsWith(Trek.Reports.Fhir.GenomicsCodes.IgBase, StringComparison.Ordinal)).ToArray(),
        };
        Validator = new Validator(source, terminology, null, settings);
    }

    public Validator Validator { get; }

    public OperationOutcome Validate(Resource r) => Validator.Validate(r);
}
