using Trek.Reports.Svg;
using Trek.Trials.Endpoints;

namespace Trek.Reports.Plots;

/// <summary>
/// SVG swimmer plot: one bar per subject from first dose to the end of treatment (or, while still on treatment, to the
/// last date known alive, drawn with an arrow), longest first, coloured by cohort; markers for first response
/// (triangle; filled for CR, open for PR), progression (square) and death (cross). The legend draws the same marker
/// shapes (<see cref="Glyphs"/>); the left margin grows with the longest subject code and the legends wrap by width.
/// </summary>
public static class SwimmerPlot
{
    private const double PlotWidth = 560, Top = 50, RowHeight = 16, RightMargin = 40, LabelFont = 10;

    public static string Render(IReadOnlyList<SubjectRecord> subjects, double daysPerUnit, string unit, string title)
    {
        double Time(SubjectRecord s, DateOnly d) => (d.DayNumber - s.FirstDose.DayNumber) / daysPerUnit;
        DateOnly End(SubjectRecord s) => s.TreatmentEnd ?? s.Death ?? s.LastKnownAlive ?? s.LastAssessment ?? s.FirstDose;
        var rows = subjects.OrderByDescending(s => Time(s, End(s))).ThenBy(s => s.Subject, StringComparer.Ordinal).ToArray();
        var cohorts = subjects.Select(s => s.Cohort).Distinct().Order(StringComparer.Ordinal).ToList();
        var maxTime = rows.Max(s => new[] { End(s), s.Progression ?? s.FirstDose, s.Death ?? s.FirstDose }.Max(d => Time(s, d)));
        var ticks = TimeTicks.Ticks(maxTime, TimeTicks.Step(maxTime, TimeTicks.UnitOf(unit)));
        var xMax = ticks[^1];
        var left = Math.Max(60, Math.Ceiling(rows.Max(s => SvgWriter.Width(s.Subject, LabelFont))) + 16);
        var right = left + PlotWidth;
        var width = right + RightMargin;
        double X(double t) => left + (PlotWidth * t / xMax);
        var bottom = Top + (RowHeight * rows.Length);

        // The legends are laid out first (into their own writer) so the canvas height is known before the svg element.
        var legends = new SvgWriter();
        var markers = new LegendRow(legends, left, width - 10, bottom + 62)
            .Item((x, y) => Glyphs.Triangle(x, y, filled: true, "CR"), "first response: CR")
            .Item((x, y) => Glyphs.Triangle(x, y, filled: false, "PR"), "first response: PR")
            .Item((x, y) => Glyphs.Square(x, y, "progression"), "progression")
            .Item((x, y) => Glyphs.Cross(x, y, "black", "mark-death", "death"), "death")
            .Item((x, y) => Glyphs.Arrow(x - 4, y, "legend: on treatment"), "on treatment");
        var cohortRow = new LegendRow(legends, left, width - 10, markers.Bottom + 20);
        for (var c = 0; c < cohorts.Count; c++)
        {
            var colour = PlotScale.Palette[c % PlotScale.Palette.Length];
            cohortRow.Item((x, y) => Glyphs.Swatch(x - 6, y - 5, colour), $"cohort {cohorts[c]}");
        }

        var height = cohortRow.Bottom + 12;
        var svg = new SvgWriter();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SvgWriter.N(width)}\" height=\"{SvgWriter.N(height)}\" viewBox=\"0 0 {SvgWriter.N(width)} {SvgWriter.N(height)}\" font-family=\"{SvgWriter.Sans}\" font-size=\"12\">\n");
        svg.Append($"<title>{SvgWriter.Esc(title)}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.Text(width / 2, 24, SvgWriter.Fit(title, width - 20, 15, bold: true), "middle", " class=\"title\" font-size=\"15\" font-weight=\"bold\"");
        for (var i = 0; i < rows.Length; i++)
        {
            var s = rows[i];
            var y = Top + (RowHeight * i) + (RowHeight / 2);
            var colour = PlotScale.Palette[cohorts.IndexOf(s.Cohort) % PlotScale.Palette.Length];
            var end = X(Time(s, End(s)));
            svg.Text(left - 6, y + 4, s.Subject, "end", $" class=\"subject\" font-size=\"{SvgWriter.N(LabelFont)}\"");
            svg.Append($"<rect class=\"bar\" data-subject=\"{SvgWriter.Esc(s.Subject)}\" x=\"{SvgWriter.N(left)}\" y=\"{SvgWriter.N(y - 5)}\" width=\"{SvgWriter.N(Math.Max(0.5, end - left))}\" height=\"10\" fill=\"{colour}\" opacity=\"0.75\"/>\n");
            if (s.TreatmentEnd is null && s.Death is null)
            {
                svg.Append(Glyphs.Arrow(end + 2, y));
            }

            if (s.FirstResponse is { } r)
            {
                svg.Append(Glyphs.Triangle(X(Time(s, r)), y, s.BestResponse == BestResponse.CR, $"{s.BestResponse} from {r:yyyy-MM-dd}"));
            }

            if (s.Progression is { } p)
            {
                svg.Append(Glyphs.Square(X(Time(s, p)), y, $"progression {p:yyyy-MM-dd}"));
            }

            if (s.Death is { } d)
            {
                svg.Append(Glyphs.Cross(X(Time(s, d)), y, "black", "mark-death", $"death {d:yyyy-MM-dd}"));
            }
        }

        svg.Line(left, bottom + 4, right, bottom + 4);
        foreach (var t in ticks)
        {
            svg.Line(X(t), bottom + 4, X(t), bottom + 9);
            svg.Text(X(t), bottom + 22, SvgWriter.N(t), "middle", " class=\"x-tick\"");
        }

        svg.Text((left + right) / 2, bottom + 40, $"Time since first dose ({unit})", "middle", " class=\"x-title\"");
        svg.Append(legends.ToString());
        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
