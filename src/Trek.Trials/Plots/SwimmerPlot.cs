using System.Text;
using Trek.Trials.Endpoints;

namespace Trek.Trials.Plots;

/// <summary>
/// SVG swimmer plot: one bar per subject from first dose to the end of treatment (or, while still on
/// treatment, to the last date known alive, drawn with an arrow), longest first, coloured by cohort;
/// markers for first response (triangle; filled for CR, open for PR), progression (square) and death (cross).
/// </summary>
public static class SwimmerPlot
{
    private const double Left = 110, Right = 700, Top = 50, RowHeight = 16, Width = 760;

    public static string Render(IReadOnlyList<SubjectRecord> subjects, double daysPerUnit, string unit, string title)
    {
        double Time(SubjectRecord s, DateOnly d) => (d.DayNumber - s.FirstDose.DayNumber) / daysPerUnit;
        DateOnly End(SubjectRecord s) => s.TreatmentEnd ?? s.Death ?? s.LastKnownAlive ?? s.LastAssessment ?? s.FirstDose;
        var rows = subjects.OrderByDescending(s => Time(s, End(s))).ThenBy(s => s.Subject, StringComparer.Ordinal).ToArray();
        var cohorts = subjects.Select(s => s.Cohort).Distinct().Order(StringComparer.Ordinal).ToList();
        var maxTime = rows.Max(s => new[] { End(s), s.Progression ?? s.FirstDose, s.Death ?? s.FirstDose }.Max(d => Time(s, d)));
        var step = Svg.TickStep(maxTime);
        var xMax = Math.Max(step, Math.Ceiling(maxTime / step) * step);
        double X(double t) => Left + (Right - Left) * t / xMax;
        var bottom = Top + RowHeight * rows.Length;
        var sb = new StringBuilder();
        Svg.Open(sb, Width, bottom + 90, title);
        Svg.Text(sb, Width / 2, 22, title, "middle", " font-size=\"15\"");
        for (var i = 0; i < rows.Length; i++)
        {
            var s = rows[i];
            var y = Top + RowHeight * i + RowHeight / 2;
            var colour = Svg.Palette[cohorts.IndexOf(s.Cohort) % Svg.Palette.Length];
            var end = X(Time(s, End(s)));
            Svg.Text(sb, Left - 6, y + 4, s.Subject, "end", " font-size=\"10\"");
            sb.Append($"<rect x=\"{Svg.N(Left)}\" y=\"{Svg.N(y - 5)}\" width=\"{Svg.N(Math.Max(0.5, end - Left))}\" height=\"10\" fill=\"{colour}\" opacity=\"0.75\"/>\n");
            if (s.TreatmentEnd is null && s.Death is null)
            {
                sb.Append($"<path d=\"M{Svg.N(end + 2)},{Svg.N(y - 5)} L{Svg.N(end + 10)},{Svg.N(y)} L{Svg.N(end + 2)},{Svg.N(y + 5)} Z\" fill=\"black\"><title>ongoing</title></path>\n");
            }

            if (s.FirstResponse is { } r)
            {
                var x = X(Time(s, r));
                var fill = s.BestResponse == BestResponse.CR ? "black" : "white";
                sb.Append($"<path d=\"M{Svg.N(x)},{Svg.N(y - 6)} L{Svg.N(x + 5)},{Svg.N(y + 4)} L{Svg.N(x - 5)},{Svg.N(y + 4)} Z\" fill=\"{fill}\" stroke=\"black\"><title>{s.BestResponse} from {r:yyyy-MM-dd}</title></path>\n");
            }

            if (s.Progression is { } p)
            {
                var x = X(Time(s, p));
                sb.Append($"<rect x=\"{Svg.N(x - 4)}\" y=\"{Svg.N(y - 4)}\" width=\"8\" height=\"8\" fill=\"#f18f01\" stroke=\"black\"><title>progression {p:yyyy-MM-dd}</title></rect>\n");
            }

            if (s.Death is { } d)
            {
                var x = X(Time(s, d));
                Svg.Line(sb, x - 4, y - 4, x + 4, y + 4, "black", 2);
                Svg.Line(sb, x - 4, y + 4, x + 4, y - 4, "black", 2);
            }
        }

        Svg.Line(sb, Left, bottom + 4, Right, bottom + 4);
        for (var t = 0.0; t <= xMax + 1e-9; t += step)
        {
            Svg.Line(sb, X(t), bottom + 4, X(t), bottom + 9);
            Svg.Text(sb, X(t), bottom + 22, Svg.N(t), "middle");
        }

        Svg.Text(sb, (Left + Right) / 2, bottom + 40, $"Time since first dose ({unit})", "middle");
        var legend = "▲ filled CR, open PR (first response)   ■ progression   ✕ death   ▶ on treatment";
        Svg.Text(sb, Left, bottom + 62, legend, "start", " font-size=\"11\"");
        for (var c = 0; c < cohorts.Count; c++)
        {
            var x = Left + 150 * c;
            sb.Append($"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(bottom + 72)}\" width=\"12\" height=\"10\" fill=\"{Svg.Palette[c % Svg.Palette.Length]}\"/>\n");
            Svg.Text(sb, x + 16, bottom + 81, cohorts[c], "start", " font-size=\"11\"");
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }
}
