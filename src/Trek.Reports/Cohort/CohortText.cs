using System.Globalization;

namespace Trek.Reports.Cohort;

/// <summary>How cohort values print in every cohort output: invariant numbers, "." for missing, lower-case words as in fusions.tsv.</summary>
internal static class CohortText
{
    public static string Of(CallConfidence c) => c switch
    {
        CallConfidence.High => "high",
        CallConfidence.Medium => "medium",
        _ => "low",
    };

    public static string Of(PartnerSide s) => s == PartnerSide.FivePrime ? "5'" : "3'";

    public static string Ffpm(decimal v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Fraction(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Score(double? v) => v is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : ".";

    public static string Count(long v) => v.ToString(CultureInfo.InvariantCulture);

    public static string Or(string? v) => string.IsNullOrEmpty(v) ? "." : v;
}
