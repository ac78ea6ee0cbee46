using Trek.Assessment.Tumour;
using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

/// <summary>
/// Waterfall plot: one bar per subject, the best (smallest) % change of the target sum from baseline up to
/// the first PD (<see cref="SubjectResponse.BestChangePct"/>), sorted from largest growth to largest shrinkage,
/// coloured by confirmed best overall response, with the PD and PR thresholds of the criteria dashed.
/// Each bar carries data-subject and data-change so the figure can be checked against the JSON. Bars narrow
/// (40 px down to 12 px a subject) as subjects are added; subject codes stand vertically under the bars and the
/// bottom margin grows with the longest code, so none is clipped; the legend lists only the categories drawn.
/// </summary>
public static class WaterfallPlot
{
    public const decimal PlotTop = 40m;
    public const decimal PlotHeight = 300m;
    public const decimal Lower = -100m;
    private const double LabelFont = 9;

    public static string Render(IReadOnlyList<SubjectResponse> subjects, ResponseCriteria criteria)
    {
        var shown = subjects.Where(s => s.BestChangePct is not null)
            .OrderByDescending(s => s.BestChangePct!.Value)
            .ThenBy(s => s.Subject, StringComparer.Ordinal)
            .ToList();
        var hi = ResponsePlotParts.Upper(shown.Select(s => s.BestChangePct!.Value));
        decimal Y(decimal v) => PlotTop + ((hi - v) / (hi - Lower) * PlotHeight);

        const decimal left = 60m;
        // 40 px a subject (30 bar + 10 gap) for a handful, down to 12 px so a code (9 px font) still fits beside the next.
        var pitch = Math.Clamp(Math.Floor(840m / Math.Max(1, shown.Count)), 12m, 40m);
        var barWidth = pitch * 0.75m;
        var gap = pitch - barWidth;
        var right = Math.Max(400m, left + (shown.Count * pitch) + gap);
        var width = (double)(right + ResponsePlotParts.ThresholdMargin);
        var title = criteria == ResponseCriteria.Recist11 ? "Best % change in sum of target diameters" : "Best % change in sum of products of perpendicular diameters";
        var body = new SvgWriter();
        ResponsePlotParts.PercentAxis(body, left, right, Lower, hi, Y);
        var (pd, pr) = criteria == ResponseCriteria.Recist11 ? (20m, -30m) : (25m, -50m);
        ResponsePlotParts.Threshold(body, left, right, pd, Y, $"PD +{pd} %");
        ResponsePlotParts.Threshold(body, left, right, pr, Y, $"PR {pr} %");

        var x = left + gap;
        var labelTop = (double)(PlotTop + PlotHeight) + 6;
        foreach (var s in shown)
        {
            var v = s.BestChangePct!.Value;
            var top = Math.Min(Y(v), Y(0));
            var h = Math.Abs(Y(v) - Y(0));
            body.Append($"<rect class=\"bar\" data-subject=\"{SvgWriter.Esc(s.Subject)}\" data-change=\"{SvgWriter.N(v)}\" data-bor=\"{s.BestOverallResponse.Code()}\" x=\"{SvgWriter.N(x)}\" y=\"{SvgWriter.N(top)}\" width=\"{SvgWriter.N(barWidth)}\" height=\"{SvgWriter.N(h)}\" fill=\"{ResponsePlotParts.Colour(s.BestOverallResponse)}\"><title>{SvgWriter.Esc(s.Subject)}: {SvgWriter.N(v)} % ({s.BestOverallResponse.Code()})</title></rect>\n");
            // Read bottom to top, its end under the bar: rotate(-90) about the anchor turns the text downwards from it.
            var labelX = (double)(x + (barWidth / 2)) + (LabelFont * 0.35);
            body.Append($"<text class=\"bar-label\" x=\"{SvgWriter.N(labelX)}\" y=\"{SvgWriter.N(labelTop)}\" text-anchor=\"end\" font-size=\"{SvgWriter.N(LabelFont)}\" transform=\"rotate(-90 {SvgWriter.N(labelX)} {SvgWriter.N(labelTop)})\">{SvgWriter.Esc(s.Subject)}</text>\n");
            x += pitch;
        }

        var labelDepth = shown.Count == 0 ? 0 : shown.Max(s => SvgWriter.Width(s.Subject, LabelFont));
        var missing = subjects.Count - shown.Count;
        var footer = labelTop + labelDepth + 20;
        body.Text((double)left, footer, $"{shown.Count} subjects shown{(missing > 0 ? $"; {missing} without a complete follow-up sum not shown" : "")}", "start", " class=\"footer\"");
        var legend = ResponsePlotParts.Legend(body, shown.Select(s => s.BestOverallResponse), (double)left, width - 10, footer + 22);
        var height = legend.Bottom + 12;

        var svg = new SvgWriter();
        ResponsePlotParts.Header(svg, width, height, title);
        svg.Append(body.ToString());
        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
