using Hl7.Fhir.Model;
using Trek.Reports.Samples;

namespace Trek.Reports.Fhir;

/// <summary>The Patient from the sample file; fields not stated stay absent (never guessed).</summary>
public static class PatientResource
{
    public static Patient From(SampleInfo s, string id)
    {
        var p = new Patient { Id = id };
        if (s.PatientId is { } pid)
        {
            // No identifier system: Trek does not know the site's medical-record-number namespace; a site adds it.
            p.Identifier.Add(new Identifier { Value = pid });
        }

        if (s.PatientName is { } name)
        {
            p.Name.Add(new HumanName { Text = name });
        }

        if (s.BirthDate is { } born)
        {
            p.BirthDate = born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        p.Gender = s.Sex switch
        {
            "female" => AdministrativeGender.Female,
            "male" => AdministrativeGender.Male,
            "other" => AdministrativeGender.Other,
            "unknown" => AdministrativeGender.Unknown,
            _ => null,
        };
        return p;
    }
}
