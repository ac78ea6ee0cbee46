namespace Trek.Web.Domain;

/// <summary>
/// CTCAE v5.0 terms (NCI, 27 November 2017) accepted for adverse events that are not lab values, with the
/// highest grade CTCAE defines for each (e.g. Alopecia has grades 1-2 only). Lab-value terms are graded
/// from the numbers instead (Trek.Assessment CtcaeGrader). A term not in this list is refused, never mapped
/// to "Other".
/// </summary>
public static class CtcaeTerms
{
    public static readonly IReadOnlyDictionary<string, int> MaxGrade = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["Abdominal pain"] = 3, ["Alopecia"] = 2, ["Anorexia"] = 5, ["Anxiety"] = 4, ["Arthralgia"] = 3, ["Ataxia"] = 3,
        ["Back pain"] = 3, ["Chills"] = 3, ["Constipation"] = 5, ["Cough"] = 3, ["Dehydration"] = 5, ["Depression"] = 5,
        ["Diarrhea"] = 5, ["Dizziness"] = 3, ["Dry skin"] = 3, ["Dysgeusia"] = 2, ["Dyspnea"] = 5, ["Edema limbs"] = 3,
        ["Epistaxis"] = 5, ["Fall"] = 4, ["Fatigue"] = 3, ["Fever"] = 5, ["Gait disturbance"] = 3, ["Headache"] = 3,
        ["Hypertension"] = 5, ["Insomnia"] = 3, ["Memory impairment"] = 3, ["Mucositis oral"] = 5, ["Muscle weakness lower limb"] = 3,
        ["Myalgia"] = 3, ["Nasal congestion"] = 3, ["Nausea"] = 3, ["Pain in extremity"] = 3, ["Paresthesia"] = 3,
        ["Peripheral sensory neuropathy"] = 5, ["Pruritus"] = 3, ["Rash maculo-papular"] = 3, ["Seizure"] = 5,
        ["Somnolence"] = 5, ["Syncope"] = 3, ["Upper respiratory infection"] = 5, ["Urinary tract infection"] = 5,
        ["Vomiting"] = 5, ["Weight gain"] = 3, ["Weight loss"] = 3,
    };

    /// <summary>The term as CTCAE spells it, or null when it is not a known term.</summary>
    public static string? Canonical(string term) => MaxGrade.Keys.FirstOrDefault(k => string.Equals(k, term.Trim(), StringComparison.OrdinalIgnoreCase));
}
