namespace Trek.Web.Data.Entities;

/// <summary>Administrative sex as HL7 FHIR AdministrativeGender: "unknown" is its own value, never folded into "other".</summary>
public enum Sex
{
    Female,
    Male,
    Other,
    Unknown,
}
