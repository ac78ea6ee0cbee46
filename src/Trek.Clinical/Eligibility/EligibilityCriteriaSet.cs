using Trek.Clinical.Rules;

namespace Trek.Clinical.Eligibility;

/// <summary>
/// One dated, versioned statement of the study's criteria. The two sets differ in the age floor: the 2018 phase 1
/// publication enrolled from 1 month of age; the current registry record admits infants from birth. Every
/// eligibility answer names the set that decided it.
/// </summary>
public sealed record EligibilityCriteriaSet(
    string Id,
    string Title,
    string AsOf,
    string Source,
    int MinCompletedMonths,
    string AgeRequirement)
{
    /// <summary>
    /// The current ClinicalTrials.gov record of NCT02637687 (SCOUT): "birth through 21 years", "infants from birth".
    /// Trek's default, so that a newborn with infantile fibrosarcoma is not screened out on age.
    /// </summary>
    public static EligibilityCriteriaSet Registry { get; } = new(
        "nct02637687_registry",
        "NCT02637687 registry record (current): age from birth through 21 years",
        "current registry record as quoted by the issue 10 audit (2026); check the live record's version history before screening",
        Sources.ScoutRegistryAge,
        0,
        "Age from birth through 21 years (any age before the 22nd birthday; infants from birth)");

    /// <summary>The 2018 phase 1 publication (Laetsch et al., Lancet Oncol 2018): 1 month to 21 years.</summary>
    public static EligibilityCriteriaSet Laetsch2018 { get; } = new(
        "laetsch_2018",
        "Laetsch et al. 2018 phase 1 publication: age 1 month to 21 years",
        "published 2018 (Lancet Oncol 19:705-714)",
        Sources.Laetsch2018,
        1,
        "Age from 1 month to 21 years (1 completed month up to the day before the 22nd birthday)");

    public static IReadOnlyList<EligibilityCriteriaSet> All { get; } = [Registry, Laetsch2018];

    /// <summary>The set with <paramref name="id"/>, or null.</summary>
    public static EligibilityCriteriaSet? Find(string id) => All.FirstOrDefault(s => s.Id == id);
}
