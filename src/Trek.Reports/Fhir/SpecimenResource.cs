using System.Globalization;
using Hl7.Fhir.Model;
using Trek.Reports.Samples;

namespace Trek.Reports.Fhir;

/// <summary>The Specimen from the sample file (the IG's genomic specimen asks for a subject: the patient).</summary>
public static class SpecimenResource
{
    public static Specimen From(SampleInfo s, string id, string patientUrl, string? runSample)
    {
        var sp = new Specimen { Id = id, Subject = new ResourceReference(patientUrl) };
        if ((s.SpecimenId ?? runSample) is { } sid)
        {
            sp.Identifier.Add(new Identifier { Value = sid });
        }

        if (s.SpecimenType is { } type)
        {
            // Free text: the sample file does not carry a coded specimen type (e.g. SNOMED CT), and Trek does not guess one.
            sp.Type = new CodeableConcept { Text = type };
        }

        if (s.CollectionDate is { } d)
        {
            sp.Collection = new Specimen.CollectionComponent { Collected = new FhirDateTime(d.Year, d.Month, d.Day) };
        }

        var notes = new List<string>();
        if (s.TumourContentPercent is { } pct)
        {
            notes.Add($"Tumour content {pct.ToString("0.#", CultureInfo.InvariantCulture)} % (pathologist's estimate).");
        }

        if (s.NucleicAcid is { } na)
        {
            notes.Add($"Nucleic acid: {na}.");
        }

        if (notes.Count > 0)
        {
            sp.Note.Add(new Annotation { Text = new Markdown(string.Join(" ", notes)) });
        }

        return sp;
    }
}
