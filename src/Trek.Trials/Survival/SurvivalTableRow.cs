using System.Text.Json.Serialization;

namespace Trek.Trials.Survival;

/// <summary>
/// One row of the Kaplan-Meier table, as R's summary(survfit(...), censored = TRUE): every distinct time,
/// with the standard error of S (Greenwood) and the pointwise band; null where R prints NA or NaN. A value type:
/// a registry-sized table has ~500,000 rows, and as objects they all survived into the older GC generations.
/// JSON names the band ci_lower/ci_upper, as every other Trek document does (issue 16).
/// </summary>
public readonly record struct SurvivalTableRow(
    double Time,
    int NRisk,
    int NEvent,
    int NCensor,
    double Survival,
    double? StdErr,
    [property: JsonPropertyName("ci_lower")] double? Lower,
    [property: JsonPropertyName("ci_upper")] double? Upper);
