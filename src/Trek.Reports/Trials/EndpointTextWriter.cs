using System.Globalization;
using Trek.Trials.Endpoints;

namespace Trek.Reports.Trials;

/// <summary>Writes the seed-style endpoint table as text: n/N, percent and 95% CI; KM medians with "Not reached"/"NE" as R's NA.</summary>
public static class EndpointTextWriter
{
    public static void Write(EndpointReport report, TextWriter w)
    {
        var level = (report.ConfLevel * 100).ToString("0.##", CultureInfo.InvariantCulture);
        w.WriteLine($"# rates: exact Clopper-Pearson {level}% CI; KM median CI: conf.type={report.ConfType} (R survival); times in {report.TimeUnit}; DCR = CR + PR + SD lasting >= {Num(report.DcrLandmarkWeeks)} weeks");
        foreach (var c in report.Cohorts)
        {
            w.WriteLine();
            w.WriteLine($"Cohort {c.Cohort} (N = {c.N})");
            Rate(w, "ORR (CR + PR)", c.Orr);
            foreach (var r in c.Responses)
            {
                Rate(w, $"  {r.Name}", r);
            }

            Rate(w, $"DCR at {Num(report.DcrLandmarkWeeks)} weeks", c.Dcr);
            var t = c.TimeToResponse;
            w.WriteLine(t.Median is { } m
                ? $"  {"Time to response",-22} median {Num(m)} {report.TimeUnit} (range {Num(t.Min!.Value)}-{Num(t.Max!.Value)}), {t.Responders} responders"
                : $"  {"Time to response",-22} no responders");
            foreach (var e in new[] { c.Dor, c.Pfs, c.Os })
            {
                Event(w, e, report.TimeUnit, level);
            }
        }
    }

    private static void Rate(TextWriter w, string label, CategoryRate r) =>
        w.WriteLine($"  {label,-22} {r.Count,4}/{r.N,-4} {Pct(r.Estimate),6} (95% CI {Pct(r.CiLower)}-{Pct(r.CiUpper)})");

    private static void Event(TextWriter w, TimeToEventSummary e, string unit, string level)
    {
        if (e.N == 0)
        {
            w.WriteLine($"  {e.Endpoint,-22} no subjects");
            return;
        }

        var median = e.Median is { } m ? $"{Num(m)} {unit}" : "Not reached";
        var line = $"  {e.Endpoint + " median",-22} {median} ({level}% CI {Limit(e.MedianCiLower)}-{Limit(e.MedianCiUpper)}); {PValueText.Count(e.N, "subject", "subjects")}, {PValueText.Count(e.Events, "event", "events")}";
        foreach (var l in e.Landmarks)
        {
            line += l.Survival is { } s
                ? $"; at {Num(l.Time)} {unit} {Pct(s)} ({Limit(l.CiLower, true)}-{Limit(l.CiUpper, true)})"
                : $"; at {Num(l.Time)} {unit} NE (follow-up shorter)";
        }

        w.WriteLine(line);
    }

    private static string Limit(double? v, bool percent = false) => v is { } x ? (percent ? Pct(x) : Num(x)) : "NE";

    private static string Pct(double p) => (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
