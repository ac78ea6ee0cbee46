using Trek.Clinical.Eligibility;

namespace Trek.Clinical.Tests.Eligibility;

/// <summary>A synthetic patient who meets every criterion; tests change one field at a time.</summary>
internal static class EligibilityTestRecords
{
    public static readonly DateOnly On = new(2026, 11, 24);

    public static PatientRecord Eligible() => new(
        "T1", new DateOnly(2019, 5, 10), On, null, null, "infantile fibrosarcoma", "solid", ["metastatic", "relapsed"],
        null, true, "ETV6::NTRK3 by RNA NGS", null, "lansky", 80,
        new Dictionary<string, LabValue>
        {
            ["total_bilirubin"] = new(0.4, 1.0),
            ["alt"] = new(30, 40),
            ["ast"] = new(35, 40),
            ["creatinine"] = new(0.3, 0.5),
        },
        ["vincristine", "actinomycin D"], true);

    public static CriterionResult Criterion(PatientRecord record, string id) =>
        ScoutEligibility.Evaluate(record).Criteria.Single(c => c.Id == id);
}
