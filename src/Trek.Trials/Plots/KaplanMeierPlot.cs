using System.Text;
using Trek.Trials.Survival;

namespace Trek.Trials.Plots;

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
        var step = Svg.TickStep(maxTime);
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
        var sb = new StringBuilder();
        Svg.Open(sb, Width, height, title);
        Svg.Text(sb, Width / 2, 22, title, "middle", " font-size=\"15\"");
        Svg.Line(sb, Left, Bottom, Right, Bottom);
        Svg.Line(sb, Left, Top, Left, Bottom);
        for (var s = 0; s <= 10; s += 2)
        {
            Svg.Line(sb, Left - 5, Y(s / 10.0), Left, Y(s / 10.0));
            Svg.Text(sb, Left - 8, Y(s / 10.0) + 4, (s / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), "end");
        }

        Svg.Text(sb, 62, (Top + Bottom) / 2, "Survival probability", "middle", $" transform=\"rotate(-90 62 {Svg.N((Top + Bottom) / 2)})\"");
        foreach (var t in ticks)
        {
            Svg.Line(sb, X(t), Bottom, X(t), Bottom + 5);
            Svg.Text(sb, X(t), Bottom + 18, Svg.N(t), "middle");
        }

        Svg.Text(sb, (Left + Right) / 2, Bottom + 36, timeLabel, "middle");
        Svg.Text(sb, 10, Bottom + 60, "Number at risk", "start", " font-weight=\"bold\"");
        for (var g = 0; g < curves.Count; g++)
        {
            var (group, fit) = curves[g];
            var colour = Svg.Palette[g % Svg.Palette.Length];
            Curve(sb, fit, colour, X, Y);
            var median = fit.Median.Time is { } m ? Svg.N(m) : "not reached";
            var legendY = Top + 10 + 16 * g;
            Svg.Line(sb, Right - 190, legendY - 4, Right - 170, legendY - 4, colour, 2);
            Svg.Text(sb, Right - 165, legendY, $"{group} (n={fit.N}, median {median})");
            var rowY = Bottom + 80 + 20 * g;
            Svg.Text(sb, Left - 24, rowY, group, "end", $" fill=\"{colour}\"");
            foreach (var t in ticks)
            {
                Svg.Text(sb, X(t), rowY, AtRisk(fit, t).ToString(System.Globalization.CultureInfo.InvariantCulture), "middle");
            }
        }

        sb.Append("</svg>\n");
        return sb.ToString();
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

    private static void Curve(StringBuilder sb, KaplanMeierFit fit, string colour, Func<double, double> x, Func<double, double> y)
    {
        var path = new StringBuilder($"M{Svg.N(x(0))},{Svg.N(y(1))}");
        var s = 1.0;
        foreach (var row in fit.Rows)
        {
            path.Append($" H{Svg.N(x(row.Time))}");
            if (row.Survival != s)
            {
                s = row.Survival;
                path.Append($" V{Svg.N(y(s))}");
            }
        }

        sb.Append($"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>\n");
        foreach (var row in fit.Rows.Where(r => r.NCensor > 0))
        {
            // Censoring mark: a short vertical tick on the curve at the censoring time (R plot.survfit's mark "+").
            Svg.Line(sb, x(row.Time), y(row.Survival) - 5, x(row.Time), y(row.Survival) + 5, colour, 1.5);
        }
    }
}
