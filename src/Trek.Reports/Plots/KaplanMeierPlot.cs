using System.Text;
using Trek.Trials.Survival;

using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

/// <summary>
/// SVG Kaplan-Meier plot: one step curve per group, censoring marked by vertical ticks on the curve,
/// and a numbers-at-risk table under the time axis (subjects with time ≥ each tick, as R's
/// survminer::ggsurvplot risk.table and summary(fit, times = ...)$n.risk count them).
/// </summary>
public static class KaplanMeierPlot
{
    private const double Left = 120, Right = 700, Top = 40, Bottom = 340, Width = 740;

    public static string Render(IReadOnlyList<(string Group, KaplanMeierFit Fit)> curves, string timeLabel, string title)
    {
        var maxTime = curves.Max(c => c.Fit.Rows[^1].Time);
        var step = PlotScale.TickStep(maxTime);
        var ticks = new List<double>();
        for (var t = 0.0; t <= maxTime + 1e-9; t += step)
        {
            ticks.Add(t);
        }

        if (ticks[^1] < maxTime)
        {
            ticks.Add(ticks[^1] + step);
        }

        var xMax = ticks[^1];
        double X(double t) => Left + (Right - Left) * t / xMax;
        double Y(double s) => Bottom - (Bottom - Top) * s;
        var height = Bottom + 70 + 20 * curves.Count;
        var svg = new SvgWriter();
        PlotScale.Open(svg, Width, height, title);
        svg.Text(Width / 2, 22, title, "middle", " font-size=\"15\"");
        svg.Line(Left, Bottom, Right, Bottom);
        svg.Line(Left, Top, Left, Bottom);
        for (var s = 0; s <= 10; s += 2)
        {
            svg.Line(Left - 5, Y(s / 10.0), Left, Y(s / 10.0));
            svg.Text(Left - 8, Y(s / 10.0) + 4, (s / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), "end");
        }

        svg.Text(62, (Top + Bottom) / 2, "Survival probability", "middle", $" transform=\"rotate(-90 62 {SvgWriter.N((Top + Bottom) / 2)})\"");
        foreach (var t in ticks)
        {
            svg.Line(X(t), Bottom, X(t), Bottom + 5);
            svg.Text(X(t), Bottom + 18, SvgWriter.N(t), "middle");
        }

        svg.Text((Left + Right) / 2, Bottom + 36, timeLabel, "middle");
        svg.Text(10, Bottom + 60, "Number at risk", "start", " font-weight=\"bold\"");
        for (var g = 0; g < curves.Count; g++)
        {
            var (group, fit) = curves[g];
            var colour = PlotScale.Palette[g % PlotScale.Palette.Length];
            Curve(svg, fit, colour, X, Y);
            var median = fit.Median.Time is { } m ? SvgWriter.N(m) : "not reached";
            var legendY = Top + 10 + 16 * g;
            svg.Line(Right - 190, legendY - 4, Right - 170, legendY - 4, colour, 2);
            svg.Text(Right - 165, legendY, $"{group} (n={fit.N}, median {median})");
            var rowY = Bottom + 80 + 20 * g;
            svg.Text(Left - 24, rowY, group, "end", $" fill=\"{colour}\"");
            foreach (var t in ticks)
            {
                svg.Text(X(t), rowY, AtRisk(fit, t).ToString(System.Globalization.CultureInfo.InvariantCulture), "middle");
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

    private static void Curve(SvgWriter svg, KaplanMeierFit fit, string colour, Func<double, double> x, Func<double, double> y)
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

        svg.Append($"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>\n");
        foreach (var row in fit.Rows.Where(r => r.NCensor > 0))
        {
            // Censoring mark: a short vertical tick on the curve at the censoring time (R plot.survfit's mark "+").
            svg.Line(x(row.Time), y(row.Survival) - 5, x(row.Time), y(row.Survival) + 5, colour, 1.5);
        }
    }
}
