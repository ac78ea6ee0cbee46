using Trek.Assessment.Tumour;
using Trek.Reports.Svg;
using static Trek.Reports.Svg.SvgWriter;

namespace Trek.Reports.Plots;

/// <summary>What the waterfall and spider plots share: colours by best response, the % axis, thresholds and legend (numbers and text through the one <see cref="SvgWriter"/>).</summary>
internal static class ResponsePlotParts
{
    /// <summary>The categories in legend order (NON-CR/NON-PD shares SD's colour and is listed with it when present).</summary>
    private static readonly ResponseCategory[] Order =
    [
        ResponseCategory.CompleteResponse, ResponseCategory.PartialResponse, ResponseCategory.StableDisease, ResponseCategory.NonCrNonPd,
        ResponseCategory.ProgressiveDisease, ResponseCategory.NotEvaluable,
    ];

    /// <summary>Colour-blind-safe palette (Okabe-Ito) keyed by best overall response.</summary>
    public static string Colour(ResponseCategory r) => r switch
    {
        ResponseCategory.CompleteResponse => "#0072B2",
        ResponseCategory.PartialResponse => "#56B4E9",
        ResponseCategory.StableDisease or ResponseCategory.NonCrNonPd => "#009E73",
        ResponseCategory.ProgressiveDisease => "#D55E00",
        _ => "#999999",
    };

    /// <summary>Upper end of the % axis: at least +40, else the data maximum rounded up to a multiple of 20.</summary>
    public static decimal Upper(IEnumerable<decimal> values)
    {
        var max = values.DefaultIfEmpty(0).Max();
        return Math.Max(40m, Math.Ceiling(max / 20m) * 20m);
    }

    public static void Header(SvgWriter svg, double width, double height, string title)
    {
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" font-family=\"{Sans}\" font-size=\"11\">\n");
        svg.Append($"<title>{Esc(title)}</title>\n");
        svg.Append($"<rect x=\"0\" y=\"0\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"white\"/>\n");
        svg.Text(width / 2, 22, Fit(title, width - 20, 14, bold: true), "middle", " class=\"title\" font-size=\"14\" font-weight=\"bold\"");
    }

    public static void PercentAxis(SvgWriter svg, decimal left, decimal right, decimal lo, decimal hi, Func<decimal, decimal> y)
    {
        for (var t = lo; t <= hi; t += 20m)
        {
            svg.Append($"<line class=\"grid\" x1=\"{N(left)}\" y1=\"{N(y(t))}\" x2=\"{N(right)}\" y2=\"{N(y(t))}\" stroke=\"#e5e5e5\"/>\n");
            svg.Append($"<text class=\"y-tick\" x=\"{N(left - 6)}\" y=\"{N(y(t) + 4)}\" text-anchor=\"end\">{N(t)}</text>\n");
        }

        var mid = (y(lo) + y(hi)) / 2;
        svg.Append($"<text class=\"y-title\" x=\"16\" y=\"{N(mid)}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {N(mid)})\">% change from baseline</text>\n");
        svg.Append($"<line class=\"zero\" x1=\"{N(left)}\" y1=\"{N(y(0))}\" x2=\"{N(right)}\" y2=\"{N(y(0))}\" stroke=\"black\"/>\n");
    }

    /// <summary>Room the threshold labels need right of the plot ("PD +25 %" at 11 px, with its gap).</summary>
    public const decimal ThresholdMargin = 62m;

    public static void Threshold(SvgWriter svg, decimal left, decimal right, decimal value, Func<decimal, decimal> y, string label)
    {
        svg.Append($"<line class=\"threshold\" data-value=\"{N(value)}\" x1=\"{N(left)}\" y1=\"{N(y(value))}\" x2=\"{N(right)}\" y2=\"{N(y(value))}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n");
        // In the right margin, beside the line's end: inside the plot a bar or line would be drawn over it.
        svg.Append($"<text class=\"threshold-label\" x=\"{N(right + 4)}\" y=\"{N(y(value) + 4)}\" text-anchor=\"start\" fill=\"#555\">{Esc(label)}</text>\n");
    }

    /// <summary>
    /// One legend entry per best-response category that occurs in <paramref name="shown"/> (issue 16: NE was listed
    /// when no subject was NE), in CR, PR, SD, NON-CR/NON-PD, PD, NE order; returns the legend so callers can add items.
    /// </summary>
    public static LegendRow Legend(SvgWriter svg, IEnumerable<ResponseCategory> shown, double left, double right, double y)
    {
        var present = shown.ToHashSet();
        var legend = new LegendRow(svg, left, right, y);
        foreach (var r in Order.Where(present.Contains))
        {
            var colour = Colour(r);
            legend.Item((x, cy) => Glyphs.Swatch(x - 6, cy - 5, colour), $"best response {r.Code()}");
        }

        return legend;
    }
}
