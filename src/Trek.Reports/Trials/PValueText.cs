using System.Globalization;

namespace Trek.Reports.Trials;

/// <summary>
/// A p-value as a clinician reads it (issue 16: `6.643E-05` is not): "p &lt; 0.001" below 0.001, "p &gt; 0.99"
/// above 0.99, otherwise two significant digits ("p = 0.0066", "p = 0.043", "p = 0.52"), as the NEJM and ICMJE
/// reporting guidance for P values recommends (exact values, no more precision than needed, 0.001 as the floor).
/// </summary>
public static class PValueText
{
    public static string Format(double p)
    {
        if (double.IsNaN(p))
        {
            return "p = NA";
        }

        if (p < 0.001)
        {
            return "p < 0.001";
        }

        if (p > 0.99)
        {
            return "p > 0.99";
        }

        var decimals = 1 - (int)Math.Floor(Math.Log10(p));
        return "p = " + Math.Round(p, decimals, MidpointRounding.AwayFromZero).ToString("0.#####", CultureInfo.InvariantCulture);
    }

    /// <summary>"1 event", "2 events": a count with its noun, singular for one.</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
