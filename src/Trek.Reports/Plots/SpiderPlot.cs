using System.Text;
using Trek.Assessment.Tumour;
using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

/// <summary>
/// Spider plot: one line per subject, % change of the target sum from baseline against days from first
/// dose, starting at 0 % on the baseline date. Visits without a complete sum are skipped (not drawn as 0).
/// Each line carries data-subject and data-points ("day:change ...") for checking against the JSON.
/// </summary>
public static class SpiderPlot
{
    public const decimal PlotTop = 40m;
    public const decimal PlotHeight = 300m;
    public const decimal Left = 60m;
    public const decimal PlotWidth = 560m;
    public const decimal Lower = -100m;

    public static string Render(IReadOnlyList<SubjectResponse> subjects, ResponseCriteria criteria)
    {
        var series = subjects
            .Where(s => s.BaselineSum is not null)
            .Select(s => (Subject: s, Points: Points(s)))
            .ToList();
        var all = series.SelectMany(x => x.Points).ToList();
        var hi = ResponsePlotParts.Upper(all.Select(p => p.Change));
        var minDay = Math.Min(0, all.Select(p => p.Day).DefaultIfEmpty(0).Min());
        var maxDay = Math.Max(28, (int)Math.Ceiling(all.Select(p => p.Day).DefaultIfEmpty(0).Max() / 28m) * 28);
        decimal Y(decimal v) => PlotTop + (hi - v) / (hi - Lower) * PlotHeight;
        decimal X(int day) => Left + (decimal)(day - minDay) / (maxDay - minDay) * PlotWidth;

        var width = (int)(Left + PlotWidth + 40m);
        var height = (int)(PlotTop + PlotHeight + 80m);
        var sb = new StringBuilder();
        ResponsePlotParts.Header(sb, width, height, "% change from baseline over time");
        ResponsePlotParts.PercentAxis(sb, Left, Left + PlotWidth, Lower, hi, Y);
        var (pd, pr) = criteria == ResponseCriteria.Recist11 ? (20m, -30m) : (25m, -50m);
        ResponsePlotParts.Threshold(sb, Left, Left + PlotWidth, pd, Y, $"+{pd} %");
        ResponsePlotParts.Threshold(sb, Left, Left + PlotWidth, pr, Y, $"{pr} %");
        for (var d = 0; d <= maxDay; d += 28)
        {
            sb.Append($"<text x=\"{SvgWriter.N(X(d))}\" y=\"{SvgWriter.N(PlotTop + PlotHeight + 15m)}\" text-anchor=\"middle\">{d}</text>\n");
        }

        sb.Append($"<text x=\"{SvgWriter.N(Left + PlotWidth / 2)}\" y=\"{SvgWriter.N(PlotTop + PlotHeight + 32m)}\" text-anchor=\"middle\">days from first dose</text>\n");
        foreach (var (s, points) in series)
        {
            var colour = ResponsePlotParts.Colour(s.BestOverallResponse);
            var coords = string.Join(" ", points.Select(p => $"{SvgWriter.N(X(p.Day))},{SvgWriter.N(Y(p.Change))}"));
            var data = string.Join(" ", points.Select(p => $"{p.Day}:{SvgWriter.N(p.Change)}"));
            sb.Append($"<polyline class=\"subject-line\" data-subject=\"{SvgWriter.Esc(s.Subject)}\" data-points=\"{data}\" points=\"{coords}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"><title>{SvgWriter.Esc(s.Subject)} ({s.BestOverallResponse.Code()})</title></polyline>\n");
            foreach (var p in points)
            {
                sb.Append($"<circle class=\"point\" cx=\"{SvgWriter.N(X(p.Day))}\" cy=\"{SvgWriter.N(Y(p.Change))}\" r=\"2.5\" fill=\"{colour}\"/>\n");
            }
        }

        ResponsePlotParts.Legend(sb, Left, PlotTop + PlotHeight + 60m);
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static List<(int Day, decimal Change)> Points(SubjectResponse s)
    {
        var points = new List<(int Day, decimal Change)> { (s.BaselineDate.DayNumber - s.FirstDoseDate.DayNumber, 0m) };
        points.AddRange(s.Visits.Where(v => v.ChangeFromBaselinePct is not null).Select(v => (v.Day, v.ChangeFromBaselinePct!.Value)));
        return points;
    }
}
