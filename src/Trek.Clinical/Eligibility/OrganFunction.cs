using System.Globalization;
using Trek.Clinical.Rules;

namespace Trek.Clinical.Eligibility;

/// <summary>
/// "Adequate organ function" (Laetsch 2018). The protocol's numeric limits are not in the public record
/// (registry and paper say only "adequate"), so Trek uses a stated operational definition: each value at or
/// below the upper bound of CTCAE v5.0 grade 1 for that test, as a multiple of the lab's ULN for age.
/// </summary>
public static class OrganFunction
{
    /// <summary>Test key in the record, label, and ULN multiple (CTCAE v5.0 grade 1 upper bound).</summary>
    public static readonly IReadOnlyList<(string Key, string Label, decimal UlnMultiple)> Limits =
    [
        ("total_bilirubin", "Total bilirubin", 1.5m),   // CTCAE v5.0 "Blood bilirubin increased" grade 1: >ULN-1.5 x ULN
        ("alt", "ALT", 3.0m),                           // "Alanine aminotransferase increased" grade 1: >ULN-3.0 x ULN
        ("ast", "AST", 3.0m),                           // "Aspartate aminotransferase increased" grade 1: >ULN-3.0 x ULN
        ("creatinine", "Serum creatinine", 1.5m),       // "Creatinine increased" grade 1: >ULN-1.5 x ULN
    ];

    public static IEnumerable<CriterionResult> Evaluate(IReadOnlyDictionary<string, LabValue> labs)
    {
        var source = $"{Sources.Laetsch2018} ('adequate organ function'); limits: {Sources.Ctcae5} (Trek's operational definition)";
        foreach (var (key, label, multiple) in Limits)
        {
            var id = $"organ_function_{key}";
            var requirement = $"{label} <= {multiple.ToString("0.0", CultureInfo.InvariantCulture)} x ULN for age";
            if (!labs.TryGetValue(key, out var lab) || lab.Value is null || lab.Uln is null)
            {
                var missing = lab is null || lab.Value is null ? $"labs.{key}.value and labs.{key}.uln" : $"labs.{key}.uln";
                yield return new CriterionResult(id, requirement, CriterionStatus.Unknown, lab?.Value?.ToString(CultureInfo.InvariantCulture), missing, source);
                continue;
            }

            var value = (decimal)lab.Value.Value;
            var uln = (decimal)lab.Uln.Value;
            var ratio = Math.Round(value / uln, 2, MidpointRounding.AwayFromZero);
            var deciding = $"{value.ToString(CultureInfo.InvariantCulture)} (ULN {uln.ToString(CultureInfo.InvariantCulture)}; {ratio.ToString("0.00", CultureInfo.InvariantCulture)} x ULN)";
            yield return new CriterionResult(id, requirement, value <= multiple * uln ? CriterionStatus.Met : CriterionStatus.NotMet, deciding, null, source);
        }
    }
}
