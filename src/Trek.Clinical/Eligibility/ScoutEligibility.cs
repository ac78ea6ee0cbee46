using System.Globalization;
using Trek.Clinical.Rules;

namespace Trek.Clinical.Eligibility;

/// <summary>
/// The paediatric larotrectinib study design (SCOUT, NCT02637687; Laetsch et al. Lancet Oncol 2018): age (from
/// birth in the current registry record, the default; from 1 month in the 2018 publication: see
/// <see cref="EligibilityCriteriaSet"/>) to 21 years, locally advanced or metastatic solid or primary CNS tumour that relapsed, progressed or did not
/// respond, Lansky (&lt;16 y) or Karnofsky (&gt;=16 y) >= 50, adequate organ function, recovery from prior therapy,
/// and (expansion and phase 2 cohorts) a documented NTRK fusion. Unknown is not met.
/// </summary>
public static class ScoutEligibility
{
    public const string Study = "SCOUT: phase 1/2 larotrectinib in paediatric advanced solid or primary CNS tumours (NCT02637687)";
    public const int MaxCompletedYears = 21;
    public const int PerformanceYears = 16;
    public const int MinPerformance = 50;

    private static readonly HashSet<string> Extent = new(StringComparer.OrdinalIgnoreCase) { "locally_advanced", "metastatic" };
    private static readonly HashSet<string> Localised = new(StringComparer.OrdinalIgnoreCase) { "localised", "localized" };
    private static readonly HashSet<string> Course = new(StringComparer.OrdinalIgnoreCase) { "relapsed", "progressive", "progressed", "refractory", "nonresponsive" };
    private static readonly HashSet<string> Untreated = new(StringComparer.OrdinalIgnoreCase) { "newly_diagnosed", "untreated" };

    public static EligibilityReport Evaluate(PatientRecord record) => Evaluate(record, EligibilityCriteriaSet.Registry);

    public static EligibilityReport Evaluate(PatientRecord record, EligibilityCriteriaSet set)
    {
        var months = PatientAge.CompletedMonths(record);
        var criteria = new List<CriterionResult>
        {
            Age(record, months, set),
            Tumour(record),
            Disease(record),
            Performance(record, months),
            Fusion(record),
        };
        criteria.AddRange(OrganFunction.Evaluate(record.Labs));
        criteria.Add(PriorTherapy(record));

        var notMet = criteria.Where(c => c.Status == CriterionStatus.NotMet).Select(c => c.Id).ToList();
        var missing = criteria.Where(c => c.Status == CriterionStatus.Unknown).Select(c => $"{c.Id}: {c.Missing}").ToList();
        var eligible = criteria.All(c => c.Status == CriterionStatus.Met);
        var notes = new List<string>();
        if (record.PriorTherapies?.Any(IsTrkInhibitor) == true)
        {
            notes.Add("Prior TRK inhibitor listed: check the current protocol's rules on prior TRK-inhibitor exposure.");
        }

        return new EligibilityReport(Study, set, record.PatientId, record.AssessmentDate, eligible ? "eligible" : "not_eligible", eligible, criteria, notMet, missing, notes);
    }

    private static CriterionResult Age(PatientRecord r, int? months, EligibilityCriteriaSet set)
    {
        // From birth, any known age counts; with a 1-month floor, 0 completed months from age_years alone is not
        // enough to tell (a 3-week-old and a 1-month-old both write age_years: 0).
        var floorUnknowable = set.MinCompletedMonths > 0 && r.BirthDate is null && r.AgeMonths is null && months == 0;
        if (months is null || floorUnknowable)
        {
            return new("age", set.AgeRequirement, CriterionStatus.Unknown, r.AgeYears?.ToString(CultureInfo.InvariantCulture), "birth_date (or age_months for infants)", set.Source);
        }

        var ok = months.Value >= set.MinCompletedMonths && months.Value / 12 <= MaxCompletedYears;
        var value = r.BirthDate is { } birth && months.Value == 0
            ? $"{r.AssessmentDate.DayNumber - birth.DayNumber} days (0 completed months)"
            : PatientAge.Describe(months.Value);
        return new("age", set.AgeRequirement, ok ? CriterionStatus.Met : CriterionStatus.NotMet, value, null, set.Source);
    }

    private static CriterionResult Tumour(PatientRecord r)
    {
        const string requirement = "Solid tumour or primary CNS tumour";
        return r.TumourCategory?.ToLowerInvariant() switch
        {
            null => new("tumour_type", requirement, CriterionStatus.Unknown, r.Diagnosis, "tumour_category (solid or cns)", Sources.Laetsch2018),
            "solid" or "cns" => new("tumour_type", requirement, CriterionStatus.Met, $"{r.TumourCategory} ({r.Diagnosis ?? "diagnosis not given"})", null, Sources.Laetsch2018),
            _ => new("tumour_type", requirement, CriterionStatus.NotMet, r.TumourCategory, null, Sources.Laetsch2018),
        };
    }

    private static CriterionResult Disease(PatientRecord r)
    {
        const string requirement = "Locally advanced or metastatic, and relapsed, progressed or non-responsive to available therapy (or locally advanced infantile fibrosarcoma needing disfiguring surgery)";
        var value = r.DiseaseStatus.Count > 0 ? string.Join(", ", r.DiseaseStatus) : null;
        // Protocol amendment of 12 Sept 2016 (Laetsch 2018, Methods).
        var ifsException = IsDiagnosis(r, "infantile fibrosarcoma", "IFS") && r.DiseaseStatus.Contains("locally_advanced", StringComparer.OrdinalIgnoreCase) && r.DisfiguringSurgeryRequired == true;
        if (ifsException)
        {
            return new("disease_status", requirement, CriterionStatus.Met, $"{value}; disfiguring surgery required", null, Sources.Laetsch2018);
        }

        var extent = r.DiseaseStatus.Any(Extent.Contains);
        var course = r.DiseaseStatus.Any(Course.Contains);
        if (extent && course)
        {
            return new("disease_status", requirement, CriterionStatus.Met, value, null, Sources.Laetsch2018);
        }

        if (r.DiseaseStatus.Any(Localised.Contains) || r.DiseaseStatus.Any(Untreated.Contains))
        {
            return new("disease_status", requirement, CriterionStatus.NotMet, value, null, Sources.Laetsch2018);
        }

        var missing = string.Join(" and ", new[] { extent ? null : "extent (locally_advanced or metastatic)", course ? null : "course (relapsed, progressive or refractory)" }.Where(m => m is not null));
        return new("disease_status", requirement, CriterionStatus.Unknown, value, $"disease_status: {missing}", Sources.Laetsch2018);
    }

    private static CriterionResult Performance(PatientRecord r, int? months)
    {
        const string requirement = "Lansky (< 16 years) or Karnofsky (>= 16 years) performance score >= 50";
        var source = $"{Sources.Laetsch2018}; {Sources.Lansky}; {Sources.Karnofsky}";
        if (r.PerformanceScore is null || r.PerformanceScale is null)
        {
            return new("performance_status", requirement, CriterionStatus.Unknown, null, "performance.scale and performance.score", source);
        }

        if (months is null)
        {
            return new("performance_status", requirement, CriterionStatus.Unknown, $"{r.PerformanceScale} {r.PerformanceScore}", "age, to choose between Lansky and Karnofsky", source);
        }

        var needed = months.Value / 12 < PerformanceYears ? "lansky" : "karnofsky";
        var value = $"{r.PerformanceScale} {r.PerformanceScore} at {PatientAge.Describe(months.Value)}";
        if (!string.Equals(r.PerformanceScale, needed, StringComparison.OrdinalIgnoreCase))
        {
            return new("performance_status", requirement, CriterionStatus.Unknown, value, $"a {needed} score (the {r.PerformanceScale} scale is not the one for this age)", source);
        }

        return new("performance_status", requirement, r.PerformanceScore >= MinPerformance ? CriterionStatus.Met : CriterionStatus.NotMet, value, null, source);
    }

    private static CriterionResult Fusion(PatientRecord r)
    {
        const string requirement = "Documented NTRK gene fusion (expansion and phase 2 cohorts); for infantile fibrosarcoma, congenital mesoblastic nephroma or secretory breast cancer an ETV6 rearrangement by FISH or RT-PCR suffices";
        if (r.NtrkFusionDocumented == true)
        {
            return new("ntrk_fusion", requirement, CriterionStatus.Met, r.NtrkFusionDescription ?? "documented", null, Sources.ScoutRegistry);
        }

        var etv6Histology = IsDiagnosis(r, "infantile fibrosarcoma", "IFS") || IsDiagnosis(r, "mesoblastic nephroma", "CMN") || IsDiagnosis(r, "secretory breast", "JSCB");
        if (etv6Histology && r.Etv6RearrangementDocumented == true)
        {
            return new("ntrk_fusion", requirement, CriterionStatus.Met, $"ETV6 rearrangement in {r.Diagnosis}", null, Sources.ScoutRegistry);
        }

        return r.NtrkFusionDocumented == false
            ? new("ntrk_fusion", requirement, CriterionStatus.NotMet, "no NTRK fusion documented", null, Sources.ScoutRegistry)
            : new("ntrk_fusion", requirement, CriterionStatus.Unknown, null, "ntrk_fusion.documented", Sources.ScoutRegistry);
    }

    private static CriterionResult PriorTherapy(PatientRecord r)
    {
        const string requirement = "Full recovery from the acute toxic effects of all previous anticancer therapy";
        if (r.PriorTherapies is { Count: 0 })
        {
            return new("recovered_from_prior_therapy", requirement, CriterionStatus.Met, "no prior anticancer therapy", null, Sources.Laetsch2018);
        }

        var value = r.PriorTherapies is null ? null : string.Join(", ", r.PriorTherapies);
        return r.RecoveredFromPriorTherapy switch
        {
            true => new("recovered_from_prior_therapy", requirement, CriterionStatus.Met, $"recovered (prior: {value ?? "not listed"})", null, Sources.Laetsch2018),
            false => new("recovered_from_prior_therapy", requirement, CriterionStatus.NotMet, $"not recovered (prior: {value ?? "not listed"})", null, Sources.Laetsch2018),
            null => new("recovered_from_prior_therapy", requirement, CriterionStatus.Unknown, value, "recovered_from_prior_therapy (true/false)", Sources.Laetsch2018),
        };
    }

    /// <summary>
    /// The diagnosis matches <paramref name="what"/> as free text, or names the tumour type with code
    /// <paramref name="code"/> in the test-route vocabulary (so "IFS" and "fibrosarcoma, infantile type" count as
    /// infantile fibrosarcoma). A diagnosis outside the vocabulary is still free text, not an error.
    /// </summary>
    private static bool IsDiagnosis(PatientRecord r, string what, string code)
    {
        if (r.Diagnosis is null)
        {
            return false;
        }

        if (r.Diagnosis.Replace('_', ' ').Contains(what, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            return TestRoute.TumourVocabulary.Resolve(r.Diagnosis).Code == code;
        }
        catch (Trek.Core.InputException)
        {
            return false;
        }
    }

    private static bool IsTrkInhibitor(string therapy) =>
        new[] { "larotrectinib", "entrectinib", "selitrectinib", "repotrectinib", "taletrectinib" }.Any(d => therapy.Contains(d, StringComparison.OrdinalIgnoreCase));
}
