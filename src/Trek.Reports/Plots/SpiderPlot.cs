using Trek.Assessment.Tumour;
using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

/// <summary>
/// Spider plot: one line per subject, % change of the target sum from baseline against weeks from first dose,
/// starting at 0 % on the baseline date. Visits without a complete sum are skipped (not drawn as 0). The first PD
/// visit is marked with a cross (on the line when that visit has a sum; on the top edge when PD came from a new or
/// non-target lesion alone). Each line ends in its subject code, placed in a column right of the plot and spread so
/// no two codes overlap (a thin leader joins code and line end); the plot grows taller when the codes need it.
/// Each line carries data-subject and data-points ("day:change ...") for checking against the JSON.
/// </summary>
public static class SpiderPlot
{
    public const decimal PlotTop = 40m;
    public const decimal Left = 60m;
    public const decimal PlotWidth = 560m;
    public const decimal Lower = -100m;
    private const double LabelFont = 9, LabelPitch = 11;

    public static string Render(IReadOnlyList<SubjectResponse> subjects, ResponseCriteria criteria)
    {
        var series = subjects
            .Where(s => s.BaselineSum is not null)
            .Select(s => (Subject: s, Points: Points(s)))
            .ToList();
        var all = series.SelectMany(x => x.Points).ToList();
        var hi = ResponsePlotParts.Upper(all.Select(p => p.Change));
        var plotHeight = Math.Max(300m, (decimal)(LabelPitch * series.Count));
        var maxWeek = Math.Max(1, all.Select(p => p.Day / 7.0).DefaultIfEmpty(0).Max());
        var minWeek = Math.Min(0, all.Select(p => p.Day / 7.0).DefaultIfEmpty(0).Min());
        var ticks = TimeTicks.Ticks(maxWeek, TimeTicks.Step(maxWeek, TimeUnit.Weeks, maxIntervals: 8));
        var weekMax = ticks[^1];
        decimal Y(decimal v) => PlotTop + ((hi - v) / (hi - Lower) * plotHeight);
        double X(double week) => (double)Left + ((week - minWeek) / (weekMax - minWeek) * (double)PlotWidth);
        var right = (double)(Left + PlotWidth);
        var labelX = right + 30 + (double)ResponsePlotParts.ThresholdMargin;
        var labelWidth = series.Count == 0 ? 0 : series.Max(x => SvgWriter.Width(x.Subject.Subject, LabelFont));
        var width = Math.Max(labelX + labelWidth + 12, right + 40);

        var body = new SvgWriter();
        ResponsePlotParts.PercentAxis(body, Left, (decimal)right, Lower, hi, Y);
        var (pd, pr) = criteria == ResponseCriteria.Recist11 ? (20m, -30m) : (25m, -50m);
        ResponsePlotParts.Threshold(body, Left, (decimal)right, pd, Y, $"+{pd} %");
        ResponsePlotParts.Threshold(body, Left, (decimal)right, pr, Y, $"{pr} %");
        var axisY = (double)(PlotTop + plotHeight);
        foreach (var t in ticks)
        {
            body.Line(X(t), axisY, X(t), axisY + 4, "#555", 1);
            body.Text(X(t), axisY + 16, SvgWriter.N(t), "middle", " class=\"x-tick\"");
        }

        body.Text((double)Left + ((double)PlotWidth / 2), axisY + 34, "weeks from first dose", "middle", " class=\"x-title\"");
        var ends = new List<(string Subject, double Y, double EndX, double EndY, string Colour)>();
        foreach (var (s, points) in series)
        {
            var colour = ResponsePlotParts.Colour(s.BestOverallResponse);
            var coords = string.Join(" ", points.Select(p => $"{SvgWriter.N(X(p.Day / 7.0))},{SvgWriter.N(Y(p.Change))}"));
            var data = string.Join(" ", points.Select(p => $"{p.Day}:{SvgWriter.N(p.Change)}"));
            body.Append($"<polyline class=\"subject-line\" data-subject=\"{SvgWriter.Esc(s.Subject)}\" data-points=\"{data}\" points=\"{coords}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"><title>{SvgWriter.Esc(s.Subject)} ({s.BestOverallResponse.Code()})</title></polyline>\n");
            foreach (var p in points)
            {
                body.Append($"<circle class=\"point\" cx=\"{SvgWriter.N(X(p.Day / 7.0))}\" cy=\"{SvgWriter.N(Y(p.Change))}\" r=\"2.5\" fill=\"{colour}\"/>\n");
            }

            if (s.Visits.FirstOrDefault(v => v.OverallResponse == ResponseCategory.ProgressiveDisease) is { } first)
            {
                var y = first.ChangeFromBaselinePct is { } c ? Y(c) : PlotTop;
                body.Append(Glyphs.Cross(X(first.Day / 7.0), (double)y, "#000", "mark-pd", $"{s.Subject}: PD on day {first.Day}"));
            }

            var last = points[^1];
            ends.Add((s.Subject, (double)Y(last.Change), X(last.Day / 7.0), (double)Y(last.Change), colour));
        }

        // Subject codes: sorted by where their line ends, pushed apart to one pitch, then pulled back inside the plot.
        var placed = Spread(ends.OrderBy(e => e.Y).Select(e => e.Y + 3).ToArray(), (double)PlotTop + 8, axisY);
        var ordered = ends.OrderBy(e => e.Y).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            var e = ordered[i];
            body.Append($"<line class=\"leader\" x1=\"{SvgWriter.N(e.EndX + 3)}\" y1=\"{SvgWriter.N(e.EndY)}\" x2=\"{SvgWriter.N(labelX - 3)}\" y2=\"{SvgWriter.N(placed[i] - 3)}\" stroke=\"{e.Colour}\" stroke-width=\"0.5\" stroke-opacity=\"0.6\"/>\n");
            body.Text(labelX, placed[i], e.Subject, "start", $" class=\"subject-label\" font-size=\"{SvgWriter.N(LabelFont)}\" fill=\"{e.Colour}\"");
        }

        var legend = ResponsePlotParts.Legend(body, series.Select(x => x.Subject.BestOverallResponse), (double)Left, width - 10, axisY + 60);
        legend.Item((x, y) => Glyphs.Cross(x, y, "#000", "legend-pd", "first PD"), "first PD visit");
        var height = legend.Bottom + 12;
        var svg = new SvgWriter();
        ResponsePlotParts.Header(svg, width, height, "% change from baseline over time");
        svg.Append(body.ToString());
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Baselines at least one pitch apart, as near their wished positions as the band [top, bottom] allows (input sorted).</summary>
    private static double[] Spread(double[] wished, double top, double bottom)
    {
        var y = (double[])wished.Clone();
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = Math.Max(y[i], i == 0 ? top : y[i - 1] + LabelPitch);
        }

        for (var i = y.Length - 1; i >= 0; i--)
        {
            y[i] = Math.Min(y[i], i == y.Length - 1 ? bottom : y[i + 1] - LabelPitch);
        }

        return y;
    }

    private static List<(int Day, decimal Change)> Points(SubjectResponse s)
    {
        var points = new List<(int Day, decimal Change)> { (s.BaselineDate.DayNumber - s.FirstDoseDate.DayNumber, 0m) };
        points.AddRange(s.Visits.Where(v => v.ChangeFromBaselinePct is not null).Select(v => (v.Day, v.ChangeFromBaselinePct!.Value)));
        return points;
    }
}
