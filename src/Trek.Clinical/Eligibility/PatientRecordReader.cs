using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trek.Core;
using Trek.IO.Structured;

namespace Trek.Clinical.Eligibility;

/// <summary>
/// Reads a patient record from JSON or YAML text (YAML unless the first non-blank character is '{').
/// Impossible values (negative ages, a birth date after the assessment, scores off the 0-100 scale) are refused
/// with the field named; missing values are allowed and become "unknown" criteria.
/// </summary>
public static class PatientRecordReader
{
    /// <summary>Top-level keys of a patient record (docs/clinical.md); any other key is refused.</summary>
    public static readonly string[] Keys =
    [
        "patient_id", "birth_date", "assessment_date", "age_years", "age_months", "diagnosis", "tumour_category", "tumor_category",
        "disease_status", "disfiguring_surgery_required", "ntrk_fusion", "etv6_rearrangement", "performance", "labs",
        "prior_therapies", "recovered_from_prior_therapy",
    ];

    /// <summary>Parses JSON or YAML text with <see cref="StructuredTextReader"/> (bounded, duplicate keys refused), then reads the record.</summary>
    public static PatientRecord Read(string text, string source, DateOnly today) => Read(StructuredTextReader.Parse(text, source), source, today);

    public static PatientRecord Read(JsonNode? root, string source, DateOnly today)
    {
        if (root is not JsonObject o)
        {
            throw InputException.At(source, null, "a patient record must be a JSON object or YAML mapping");
        }

        var f = new Fields(o, source);
        f.RequireOnly(Keys);
        var assessment = f.Date("assessment_date") ?? today;
        var birth = f.Date("birth_date");
        if (birth > assessment)
        {
            throw InputException.At(source, null, $"birth_date {birth:yyyy-MM-dd} is after the assessment date {assessment:yyyy-MM-dd}");
        }

        var ageYears = f.Number("age_years");
        var ageMonths = f.Number("age_months");
        if (ageYears < 0 || ageYears > 120 || ageMonths < 0 || ageMonths > 1440)
        {
            throw InputException.At(source, null, $"age {(ageYears < 0 || ageYears > 120 ? $"age_years = {ageYears}" : $"age_months = {ageMonths}")} is impossible");
        }

        var fusion = f.Object("ntrk_fusion");
        fusion?.RequireOnly("documented", "gene", "partner", "method");
        var etv6 = f.Object("etv6_rearrangement");
        etv6?.RequireOnly("documented", "method");
        var performance = f.Object("performance");
        performance?.RequireOnly("scale", "score");
        var scale = performance?.String("scale")?.ToLowerInvariant();
        if (scale is not null and not "lansky" and not "karnofsky")
        {
            throw InputException.At(source, null, $"performance.scale = '{scale}': use lansky or karnofsky");
        }

        var score = performance?.Number("score");
        if (score is { } s && (s < 0 || s > 100 || s % 10 != 0))
        {
            throw InputException.At(source, null, $"performance.score = {s}: Lansky and Karnofsky scores are multiples of 10 from 0 to 100");
        }

        return new PatientRecord(
            f.String("patient_id"), birth, assessment, ageYears, ageMonths is { } m ? (int)m : null,
            f.String("diagnosis"), f.String("tumour_category") ?? f.String("tumor_category"), f.StringList("disease_status") ?? [],
            f.Bool("disfiguring_surgery_required"), fusion?.Bool("documented"), Describe(fusion), etv6?.Bool("documented"),
            scale, score is { } sc ? (int)sc : null, Labs(f.Object("labs")), f.StringList("prior_therapies"), f.Bool("recovered_from_prior_therapy"));
    }

    private const double MaxLabValue = 1e9;

    private static string? Describe(Fields? fusion)
    {
        if (fusion is null)
        {
            return null;
        }

        var parts = new[] { fusion.String("partner") is { } p ? $"{p}::{fusion.String("gene") ?? "NTRK"}" : fusion.String("gene"), fusion.String("method") is { } m ? $"by {m}" : null };
        var text = string.Join(" ", parts.Where(x => x is not null));
        return text.Length == 0 ? null : text;
    }

    private static Dictionary<string, LabValue> Labs(Fields? labs)
    {
        var result = new Dictionary<string, LabValue>(StringComparer.OrdinalIgnoreCase);
        if (labs is null)
        {
            return result;
        }

        labs.RequireOnly(OrganFunction.Limits.Select(l => l.Key).ToArray());
        foreach (var key in labs.Keys)
        {
            var lab = labs.Object(key) ?? throw InputException.At(labs.Source, null, $"labs.{key} must be an object {{value, uln}}");
            lab.RequireOnly("value", "uln");
            var value = lab.Number("value");
            var uln = lab.Number("uln");
            // Above 1e9 no lab value is real (and the ratio to ULN is computed in decimal, which tops out near 8e28).
            if (value > MaxLabValue || uln > MaxLabValue)
            {
                throw InputException.At(labs.Source, null, $"labs.{key}: value and uln must be at most {MaxLabValue:0} (got value {value?.ToString(CultureInfo.InvariantCulture) ?? "."}, uln {uln?.ToString(CultureInfo.InvariantCulture) ?? "."})");
            }

            if (value < 0 || uln <= 0)
            {
                throw InputException.At(labs.Source, null, $"labs.{key}: value must be >= 0 and uln > 0 (got value {value?.ToString(CultureInfo.InvariantCulture) ?? "."}, uln {uln?.ToString(CultureInfo.InvariantCulture) ?? "."})");
            }

            result[key] = new LabValue(value, uln);
        }

        return result;
    }
}
