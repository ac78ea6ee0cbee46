using System.Text;
using Trek.Assessment.Tumour;
using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

/// <summary>
/// Waterfall plot: one bar per subject, the best (smallest) % change of the target sum from baseline up to
/// the first PD (<see cref="SubjectResponse.BestChangePct"/>), sorted from largest growth to largest shrinkage,
/// coloured by confirmed best overall response, with the PD and PR thresholds of the criteria dashed.
/// Each bar carries data-subject and data-change so the figure can be checked against the JSON.
/// </summary>
public static class WaterfallPlot
{
    public const decimal PlotTop = 40m;
    public const decimal PlotHeight = 300m;
    public const decimal Lower = -100m;

    public static string Render(IReadOnlyList<SubjectResponse> subjects, ResponseCriteria criteria)
    {
        var shown = subjects.Where(s => s.BestChangePct is not null)
            .OrderByDescending(s => s.BestChangePct!.Value)
            .ThenBy(s => s.Subject, StringComparer.Ordinal)
            .ToList();
        var hi = ResponsePlotParts.Upper(shown.Select(s => s.BestChangePct!.Value));
        decimal Y(decimal v) => PlotTop + (hi - v) / (hi - Lower) * PlotHeight;

        const decimal left = 60m, barWidth = 18m, gap = 6m;
        var width = (int)Math.Max(420m, left + shown.Count * (barWidth + gap) + 40m);
        var height = (int)(PlotTop + PlotHeight + 130m);
        var right = width - 20m;
        var sb = new StringBuilder();
        var title = criteria == ResponseCriteria.Recist11 ? "Best % change in sum of target diameters" : "Best % change in sum of products of perpendicular diameters";
        ResponsePlotParts.Header(sb, width, height, title);
        ResponsePlotParts.PercentAxis(sb, left, right, Lower, hi, Y);
        var (pd, pr) = criteria == ResponseCriteria.Recist11 ? (20m, -30m) : (25m, -50m);
        ResponsePlotParts.Threshold(sb, left, right, pd, Y, $"PD +{pd} %");
        ResponsePlotParts.Threshold(sb, left, right, pr, Y, $"PR {pr} %");

        var x = left + gap;
        foreach (var s in shown)
        {
            var v = s.BestChangePct!.Value;
            var top = Math.Min(Y(v), Y(0));
            var h = Math.Abs(Y(v) - Y(0));
            sb.Append($"<rect class=\"bar\" data-subject=\"{SvgWriter.Esc(s.Subject)}\" data-change=\"{SvgWriter.N(v)}\" data-bor=\"{s.BestOverallResponse.Code()}\" x=\"{SvgWriter.N(x)}\" y=\"{SvgWriter.N(top)}\" width=\"{SvgWriter.N(barWidth)}\" height=\"{SvgWriter.N(h)}\" fill=\"{ResponsePlotParts.Colour(s.BestOverallResponse)}\"><title>{SvgWriter.Esc(s.Subject)}: {SvgWriter.N(v)} % ({s.BestOverallResponse.Code()})</title></rect>\n");
            var labelY = PlotTop + PlotHeight + 10m;
            var labelX = x + barWidth / 2;
            sb.Append($"<text class=\"bar-label\" x=\"{SvgWriter.N(labelX)}\" y=\"{SvgWriter.N(labelY)}\" text-anchor=\"end\" font-size=\"9\" transform=\"rotate(-60 {SvgWriter.N(labelX)} {SvgWriter.N(labelY)})\">{SvgWriter.Esc(s.Subject)}</text>\n");
            x += barWidth + gap;
        }

        var missing = subjects.Count - shown.Count;
        var footer = PlotTop + PlotHeight + 80m;
        sb.Append($"<text x=\"{SvgWriter.N(left)}\" y=\"{SvgWriter.N(footer)}\">{shown.Count} subjects shown{(missing > 0 ? $"; {missing} without a complete follow-up sum not shown" : "")}</text>\n");
        ResponsePlotParts.Legend(sb, left, footer + 25m);
        sb.Append("</svg>\n");
        return sb.ToString();
    }
}
