using System.Text;
using Trek.Trials.Endpoints;

using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

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
        var step = PlotScale.TickStep(maxTime);
        var xMax = Math.Max(step, Math.Ceiling(maxTime / step) * step);
        double X(double t) => Left + (Right - Left) * t / xMax;
        var bottom = Top + RowHeight * rows.Length;
        var svg = new SvgWriter();
        PlotScale.Open(svg, Width, bottom + 90, title);
        svg.Text(Width / 2, 22, title, "middle", " font-size=\"15\"");
        for (var i = 0; i < rows.Length; i++)
        {
            var s = rows[i];
            var y = Top + RowHeight * i + RowHeight / 2;
            var colour = PlotScale.Palette[cohorts.IndexOf(s.Cohort) % PlotScale.Palette.Length];
            var end = X(Time(s, End(s)));
            svg.Text(Left - 6, y + 4, s.Subject, "end", " font-size=\"10\"");
            svg.Append($"<rect x=\"{SvgWriter.N(Left)}\" y=\"{SvgWriter.N(y - 5)}\" width=\"{SvgWriter.N(Math.Max(0.5, end - Left))}\" height=\"10\" fill=\"{colour}\" opacity=\"0.75\"/>\n");
            if (s.TreatmentEnd is null && s.Death is null)
            {
                svg.Append($"<path d=\"M{SvgWriter.N(end + 2)},{SvgWriter.N(y - 5)} L{SvgWriter.N(end + 10)},{SvgWriter.N(y)} L{SvgWriter.N(end + 2)},{SvgWriter.N(y + 5)} Z\" fill=\"black\"><title>ongoing</title></path>\n");
            }

            if (s.FirstResponse is { } r)
            {
                var x = X(Time(s, r));
                var fill = s.BestResponse == BestResponse.CR ? "black" : "white";
                svg.Append($"<path d=\"M{SvgWriter.N(x)},{SvgWriter.N(y - 6)} L{SvgWriter.N(x + 5)},{SvgWriter.N(y + 4)} L{SvgWriter.N(x - 5)},{SvgWriter.N(y + 4)} Z\" fill=\"{fill}\" stroke=\"black\"><title>{s.BestResponse} from {r:yyyy-MM-dd}</title></path>\n");
            }

            if (s.Progression is { } p)
            {
                var x = X(Time(s, p));
                svg.Append($"<rect x=\"{SvgWriter.N(x - 4)}\" y=\"{SvgWriter.N(y - 4)}\" width=\"8\" height=\"8\" fill=\"#f18f01\" stroke=\"black\"><title>progression {p:yyyy-MM-dd}</title></rect>\n");
            }

            if (s.Death is { } d)
            {
                var x = X(Time(s, d));
                svg.Line(x - 4, y - 4, x + 4, y + 4, "black", 2);
                svg.Line(x - 4, y + 4, x + 4, y - 4, "black", 2);
            }
        }

        svg.Line(Left, bottom + 4, Right, bottom + 4);
        for (var t = 0.0; t <= xMax + 1e-9; t += step)
        {
            svg.Line(X(t), bottom + 4, X(t), bottom + 9);
            svg.Text(X(t), bottom + 22, SvgWriter.N(t), "middle");
        }

        svg.Text((Left + Right) / 2, bottom + 40, $"Time since first dose ({unit})", "middle");
        var legend = "▲ filled CR, open PR (first response)   ■ progression   ✕ death   ▶ on treatment";
        svg.Text(Left, bottom + 62, legend, "start", " font-size=\"11\"");
        for (var c = 0; c < cohorts.Count; c++)
        {
            var x = Left + 150 * c;
            svg.Append($"<rect x=\"{SvgWriter.N(x)}\" y=\"{SvgWriter.N(bottom + 72)}\" width=\"12\" height=\"10\" fill=\"{PlotScale.Palette[c % PlotScale.Palette.Length]}\"/>\n");
            svg.Text(x + 16, bottom + 81, cohorts[c], "start", " font-size=\"11\"");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
