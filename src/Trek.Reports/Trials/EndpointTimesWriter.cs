using System.Globalization;
using Trek.Trials.Endpoints;

namespace Trek.Reports.Trials;

/// <summary>
/// `trek endpoints --times FILE`: each subject's time and event for DoR (responders only), PFS and OS, computed by
/// the same <see cref="EndpointRules"/> as the summary, in the shape `trek km` reads (issue 16):
/// <c>subject,cohort,endpoint,curve,time,status</c>, time in the report's unit, status 1 = event, 0 = censored.
/// <c>curve</c> is "cohort endpoint" (e.g. "A PFS"), so <c>trek km -i times.csv --group curve</c> draws every
/// cohort's curves and its medians equal the summary's. (The log-rank km prints across such curves compares
/// different endpoints and means nothing; select rows of one endpoint to compare cohorts.)
/// </summary>
public static class EndpointTimesWriter
{
    public static void Write(IReadOnlyList<SubjectRecord> subjects, double daysPerUnit, TextWriter w)
    {
        w.WriteLine("subject,cohort,endpoint,curve,time,status");
        foreach (var s in subjects)
        {
            if (EndpointRules.Dor(s, daysPerUnit) is { } dor)
            {
                Row(w, s, "DoR", dor.Time, dor.Event);
            }

            var pfs = EndpointRules.Pfs(s, daysPerUnit);
            Row(w, s, "PFS", pfs.Time, pfs.Event);
            var os = EndpointRules.Os(s, daysPerUnit);
            Row(w, s, "OS", os.Time, os.Event);
        }
    }

    private static void Row(TextWriter w, SubjectRecord s, string endpoint, double time, bool ev) =>
        w.WriteLine($"{Cell(s.Subject)},{Cell(s.Cohort)},{endpoint},{Cell($"{s.Cohort} {endpoint}")},{Time(time)},{(ev ? 1 : 0)}");

    /// <summary>
    /// The shortest text that reads back as the same double ("R"), so km's medians equal the summary's exactly; an
    /// exponent (which Trek's number format refuses) is written out in positional digits instead.
    /// </summary>
    private static string Time(double t)
    {
        var text = t.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? t.ToString("0.############################", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled.</summary>
    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
