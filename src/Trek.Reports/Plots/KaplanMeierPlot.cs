using System.Globalization;
using System.Text;
using Trek.Reports.Svg;
using Trek.Reports.Trials;
using Trek.Trials.Survival;

namespace Trek.Reports.Plots;

/// <summary>
/// SVG Kaplan-Meier plot: one step curve per group over its pointwise confidence band (the fit's own band: R survfit's
/// conf.int, log transform by default, drawn as a shaded step polygon that stops where R gives NA), censoring marked
/// by vertical ticks on the curve (R plot.survfit's mark), ticks at clinical steps (<see cref="TimeTicks"/>), a legend
/// naming each group with n, events and the median, the log-rank p when one is given, and a numbers-at-risk table under
/// the axis (subjects with time ≥ each tick, as R's summary(fit, times = ...)$n.risk). The margins grow with the longest
/// group name, so no label is clipped; the plot test measures every text box in Chromium.
/// </summary>
public static class KaplanMeierPlot
{
    private const double PlotWidth = 560, PlotHeight = 300, Top = 64, RightMargin = 36, RowHeight = 18, Font = 12, Small = 11;

    /// <param name="curves">One fit per group, in legend order; the group names are shown as given.</param>
    /// <param name="timeLabel">X-axis title; a unit it names (months, weeks, days, years) chooses the tick steps.</param>
    /// <param name="title">The heading of the figure.</param>
    /// <param name="logRank">The log-rank test across the groups (R survdiff), printed under the legend; null for none.</param>
    public static string Render(IReadOnlyList<(string Group, KaplanMeierFit Fit)> curves, string timeLabel, string title, LogRankResult? logRank = null)
    {
        var maxTime = curves.Max(c => c.Fit.Rows[^1].Time);
        var ticks = TimeTicks.Ticks(maxTime, TimeTicks.Step(maxTime, TimeTicks.UnitOf(timeLabel)));
        var xMax = ticks[^1];
        var labelWidth = curves.Max(c => SvgWriter.Width(c.Group, Small, bold: true));
        var left = Math.Max(76, Math.Ceiling(labelWidth) + 34);
        // The legend (swatch, bold name, statistics) starts at the plot's left edge; the canvas widens to hold its longest line.
        var legendWidth = curves.Max(c => 38 + SvgWriter.Width(c.Group, Font, bold: true) + SvgWriter.Width(LegendStats(c.Fit), Font));
        var width = Math.Ceiling(Math.Max(left + PlotWidth + RightMargin, left + legendWidth + 12));
        var bottom = Top + PlotHeight;
        double X(double t) => left + (PlotWidth * t / xMax);
        double Y(double s) => bottom - (PlotHeight * s);

        var legendTop = bottom + 64;
        var riskTop = legendTop + (RowHeight * curves.Count) + (logRank is null ? 8 : 26);
        var height = riskTop + 10 + (RowHeight * curves.Count) + 8;
        var svg = new SvgWriter();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SvgWriter.N(width)}\" height=\"{SvgWriter.N(height)}\" viewBox=\"0 0 {SvgWriter.N(width)} {SvgWriter.N(height)}\" font-family=\"{SvgWriter.Sans}\" font-size=\"{SvgWriter.N(Font)}\">\n");
        svg.Append($"<title>{SvgWriter.Esc(title)}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.Text(width / 2, 24, SvgWriter.Fit(title, width - 20, 15, bold: true), "middle", " class=\"title\" font-size=\"15\" font-weight=\"bold\"");
        var fit0 = curves[0].Fit;
        var band = $"Shaded: pointwise {SvgWriter.N(fit0.ConfLevel * 100)}% confidence band ({ConfidenceTypes.Name(fit0.ConfType)} transform, as R survfit); tick marks: censored";
        svg.Text(width / 2, 44, SvgWriter.Fit(band, width - 20, Small), "middle", $" class=\"subtitle\" font-size=\"{SvgWriter.N(Small)}\" fill=\"#444\"");

        Axes(svg, ticks, left, bottom, X, Y, timeLabel);
        for (var g = 0; g < curves.Count; g++)
        {
            var colour = PlotScale.Palette[g % PlotScale.Palette.Length];
            Band(svg, curves[g].Group, curves[g].Fit, colour, X, Y);
        }

        for (var g = 0; g < curves.Count; g++)
        {
            Curve(svg, curves[g].Group, curves[g].Fit, PlotScale.Palette[g % PlotScale.Palette.Length], X, Y);
        }

        Legend(svg, curves, left, legendTop);
        if (logRank is not null)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"Log-rank test: chi-square {logRank.ChiSquare:0.0#} on {logRank.Df} df, {PValueText.Format(logRank.PValue)}");
            svg.Text(left, legendTop + (RowHeight * curves.Count) + 8, text, "start", " class=\"log-rank\"");
        }

        svg.Text(10, riskTop, "Number at risk", "start", " class=\"risk-title\" font-weight=\"bold\"");
        for (var g = 0; g < curves.Count; g++)
        {
            var (group, fit) = curves[g];
            var colour = PlotScale.Palette[g % PlotScale.Palette.Length];
            var rowY = riskTop + 10 + (RowHeight * (g + 1)) - 4;
            svg.Text(left - 22, rowY, group, "end", $" class=\"risk-label\" font-size=\"{SvgWriter.N(Small)}\" font-weight=\"bold\" fill=\"{colour}\"");
            foreach (var t in ticks)
            {
                svg.Text(X(t), rowY, AtRisk(fit, t).ToString(CultureInfo.InvariantCulture), "middle", $" class=\"at-risk\" data-time=\"{SvgWriter.N(t)}\" font-size=\"{SvgWriter.N(Small)}\"");
            }
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Subjects still at risk at time t: time ≥ t.</summary>
    public static int AtRisk(KaplanMeierFit fit, double t)
    {
        foreach (var row in fit.Rows)
        {
            if (row.Time >= t)
            {
                return row.NRisk;
            }
        }

        return 0;
    }

    /// <summary>
    /// The band as step segments [start, end) with their bounds: 1 to 1 before the first time (no band for log-log,
    /// undefined at S = 1), then each row's bounds until the next row; a segment R gives NA for is left out.
    /// </summary>
    public static IReadOnlyList<(double Start, double End, double? Lower, double? Upper)> BandSegments(KaplanMeierFit fit)
    {
        var rows = fit.Rows;
        var segments = new List<(double, double, double?, double?)>();
        var first = Math.Max(0, rows[0].Time);
        double? one = fit.ConfType == ConfidenceType.LogLog ? null : 1.0;
        segments.Add((Math.Min(0, rows[0].Time), first, one, one));
        for (var i = 0; i < rows.Count; i++)
        {
            var end = i + 1 < rows.Count ? rows[i + 1].Time : rows[i].Time;
            segments.Add((rows[i].Time, end, rows[i].Lower, rows[i].Upper));
        }

        return segments;
    }

    private static void Axes(SvgWriter svg, IReadOnlyList<double> ticks, double left, double bottom, Func<double, double> x, Func<double, double> y, string timeLabel)
    {
        var right = x(ticks[^1]);
        for (var s = 0; s <= 10; s += 2)
        {
            var v = s / 10.0;
            svg.Line(left, y(v), right, y(v), "#ececec", 1);
            svg.Line(left - 5, y(v), left, y(v));
            svg.Text(left - 8, y(v) + 4, v.ToString("0.0", CultureInfo.InvariantCulture), "end", " class=\"y-tick\"");
        }

        svg.Line(left, bottom, right, bottom);
        svg.Line(left, y(1) - 4, left, bottom);
        var mid = (y(1) + bottom) / 2;
        svg.Text(left - 44, mid, "Survival probability", "middle", $" class=\"y-title\" transform=\"rotate(-90 {SvgWriter.N(left - 44)} {SvgWriter.N(mid)})\"");
        foreach (var t in ticks)
        {
            svg.Line(x(t), bottom, x(t), bottom + 5);
            svg.Text(x(t), bottom + 18, SvgWriter.N(t), "middle", " class=\"x-tick\"");
        }

        svg.Text((left + right) / 2, bottom + 38, timeLabel, "middle", " class=\"x-title\"");
    }

    private static void Band(SvgWriter svg, string group, KaplanMeierFit fit, string colour, Func<double, double> x, Func<double, double> y)
    {
        // One polygon per run of segments with bounds: along the upper bound forwards, back along the lower bound.
        var run = new List<(double Start, double End, double Lower, double Upper)>();
        foreach (var (start, end, lower, upper) in BandSegments(fit).Append((0, 0, null, null)))
        {
            if (lower is { } lo && upper is { } hi)
            {
                run.Add((start, end, lo, hi));
                continue;
            }

            if (run.Count > 0)
            {
                var d = new StringBuilder();
                foreach (var s in run)
                {
                    d.Append(d.Length == 0 ? 'M' : 'L').Append($"{SvgWriter.N(x(s.Start))},{SvgWriter.N(y(s.Upper))} L{SvgWriter.N(x(s.End))},{SvgWriter.N(y(s.Upper))} ");
                }

                for (var i = run.Count - 1; i >= 0; i--)
                {
                    d.Append($"L{SvgWriter.N(x(run[i].End))},{SvgWriter.N(y(run[i].Lower))} L{SvgWriter.N(x(run[i].Start))},{SvgWriter.N(y(run[i].Lower))} ");
                }

                svg.Append($"<path class=\"ci-band\" data-group=\"{SvgWriter.Esc(group)}\" d=\"{d}Z\" fill=\"{colour}\" fill-opacity=\"0.15\" stroke=\"none\"/>\n");
                run.Clear();
            }
        }
    }

    private static void Curve(SvgWriter svg, string group, KaplanMeierFit fit, string colour, Func<double, double> x, Func<double, double> y)
    {
        var path = new StringBuilder($"M{SvgWriter.N(x(0))},{SvgWriter.N(y(1))}");
        var s = 1.0;
        foreach (var row in fit.Rows)
        {
            path.Append($" H{SvgWriter.N(x(row.Time))}");
            if (row.Survival != s)
            {
                s = row.Survival;
                path.Append($" V{SvgWriter.N(y(s))}");
            }
        }

        svg.Append($"<path class=\"curve\" data-group=\"{SvgWriter.Esc(group)}\" d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>\n");
        foreach (var row in fit.Rows.Where(r => r.NCensor > 0))
        {
            // Censoring mark: a short vertical tick on the curve at the censoring time (R plot.survfit's mark "+").
            svg.Append($"<line class=\"censor\" x1=\"{SvgWriter.N(x(row.Time))}\" y1=\"{SvgWriter.N(y(row.Survival) - 5)}\" x2=\"{SvgWriter.N(x(row.Time))}\" y2=\"{SvgWriter.N(y(row.Survival) + 5)}\" stroke=\"{colour}\" stroke-width=\"1.5\"/>\n");
        }
    }

    /// <summary>"n = 40, 36 events, median 6.1 (95% CI 2.9-10.7)"; NR where R prints NA (not reached).</summary>
    public static string LegendStats(KaplanMeierFit fit)
    {
        var m = fit.Median;
        string F(double? v) => v is { } t ? SvgWriter.N(t) : "NR";
        var median = m.Time is null ? "median not reached" : $"median {F(m.Time)} ({SvgWriter.N(fit.ConfLevel * 100)}% CI {F(m.Lower)}-{F(m.Upper)})";
        return $"n = {fit.N}, {PValueText.Count(fit.Events, "event", "events")}, {median}";
    }

    private static void Legend(SvgWriter svg, IReadOnlyList<(string Group, KaplanMeierFit Fit)> curves, double left, double top)
    {
        for (var g = 0; g < curves.Count; g++)
        {
            var (group, fit) = curves[g];
            var colour = PlotScale.Palette[g % PlotScale.Palette.Length];
            var y = top + (RowHeight * g);
            var stats = LegendStats(fit);
            svg.Append($"<rect x=\"{SvgWriter.N(left)}\" y=\"{SvgWriter.N(y - 9)}\" width=\"24\" height=\"10\" fill=\"{colour}\" fill-opacity=\"0.15\"/>");
            svg.Line(left, y - 4, left + 24, y - 4, colour, 2);
            var nameWidth = SvgWriter.Width(group, Font, bold: true);
            svg.Text(left + 30, y, group, "start", $" class=\"legend\" font-weight=\"bold\" fill=\"{colour}\"");
            svg.Text(left + 30 + nameWidth + 8, y, stats, "start", " class=\"legend-stats\"");
        }
    }
}
