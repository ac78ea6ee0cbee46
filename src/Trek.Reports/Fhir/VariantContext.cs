using Hl7.Fhir.Model;

namespace Trek.Reports.Fhir;

/// <summary>What every Observation of one report shares: its patient, specimen and effective time (specimen collection).</summary>
public sealed record VariantContext(string PatientUrl, string SpecimenUrl, FhirDateTime? Effective);
