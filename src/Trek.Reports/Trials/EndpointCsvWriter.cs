using System.Globalization;
using Trek.Trials.Endpoints;

namespace Trek.Reports.Trials;

/// <summary>
/// Writes the endpoint table as long-format CSV, one statistic per row: cohort, measure, count, n,
/// estimate, ci_lower, ci_upper. Rates are proportions; medians and landmark times are in the report's
/// unit; NA where R prints NA.
/// </summary>
public static class EndpointCsvWriter
{
    public static void Write(EndpointReport report, TextWriter w)
    {
        w.WriteLine("cohort,measure,count,n,estimate,ci_lower,ci_upper,conf_type,time_unit");
        foreach (var c in report.Cohorts)
        {
            void Row(string measure, int? count, int? n, double? est, double? lo, double? hi) =>
                w.WriteLine(string.Join(',', Quote(c.Cohort), measure, count?.ToString(CultureInfo.InvariantCulture) ?? "NA",
                    n?.ToString(CultureInfo.InvariantCulture) ?? "NA", Num(est), Num(lo), Num(hi), report.ConfType, report.TimeUnit));

            foreach (var r in new[] { c.Orr }.Concat(c.Responses).Append(c.Dcr))
            {
                Row(r.Name, r.Count, r.N, r.Estimate, r.CiLower, r.CiUpper);
            }

            Row("TTR_median", c.TimeToResponse.Responders, c.N, c.TimeToResponse.Median, null, null);
            Row("TTR_min", c.TimeToResponse.Responders, c.N, c.TimeToResponse.Min, null, null);
            Row("TTR_max", c.TimeToResponse.Responders, c.N, c.TimeToResponse.Max, null, null);
            foreach (var e in new[] { c.Dor, c.Pfs, c.Os })
            {
                Row($"{e.Endpoint}_median", e.Events, e.N, e.Median, e.MedianCiLower, e.MedianCiUpper);
                foreach (var l in e.Landmarks)
                {
                    Row($"{e.Endpoint}_at_{l.Time.ToString("0.##", CultureInfo.InvariantCulture)}", e.Events, e.N, l.Survival, l.CiLower, l.CiUpper);
                }
            }
        }
    }

    private static string Num(double? v) => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "NA";

    private static string Quote(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
