using System.Text;
using Trek.Assessment.Tumour;
using static Trek.Reports.Svg.SvgWriter;

namespace Trek.Reports.Plots;

/// <summary>What the waterfall and spider plots share: colours by best response, the % axis, thresholds and legend (numbers and text through the one <see cref="Svg.SvgWriter"/>).</summary>
internal static class ResponsePlotParts
{
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

    public static void Header(StringBuilder sb, int width, int height, string title)
    {
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        sb.Append($"<title>{Esc(title)}</title>\n");
        sb.Append($"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n");
        sb.Append($"<text x=\"{width / 2}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">{Esc(title)}</text>\n");
    }

    public static void PercentAxis(StringBuilder sb, decimal left, decimal right, decimal lo, decimal hi, Func<decimal, decimal> y)
    {
        for (var t = lo; t <= hi; t += 20m)
        {
            sb.Append($"<line class=\"grid\" x1=\"{N(left)}\" y1=\"{N(y(t))}\" x2=\"{N(right)}\" y2=\"{N(y(t))}\" stroke=\"#e5e5e5\"/>\n");
            sb.Append($"<text x=\"{N(left - 6)}\" y=\"{N(y(t) + 4)}\" text-anchor=\"end\">{N(t)}</text>\n");
        }

        var mid = (y(lo) + y(hi)) / 2;
        sb.Append($"<text x=\"14\" y=\"{N(mid)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {N(mid)})\">% change from baseline</text>\n");
        sb.Append($"<line class=\"zero\" x1=\"{N(left)}\" y1=\"{N(y(0))}\" x2=\"{N(right)}\" y2=\"{N(y(0))}\" stroke=\"black\"/>\n");
    }

    public static void Threshold(StringBuilder sb, decimal left, decimal right, decimal value, Func<decimal, decimal> y, string label)
    {
        sb.Append($"<line class=\"threshold\" data-value=\"{N(value)}\" x1=\"{N(left)}\" y1=\"{N(y(value))}\" x2=\"{N(right)}\" y2=\"{N(y(value))}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n");
        sb.Append($"<text x=\"{N(right)}\" y=\"{N(y(value) - 3)}\" text-anchor=\"end\" fill=\"#555\">{Esc(label)}</text>\n");
    }

    public static void Legend(StringBuilder sb, decimal x, decimal y)
    {
        var items = new[] { ResponseCategory.CompleteResponse, ResponseCategory.PartialResponse, ResponseCategory.StableDisease, ResponseCategory.ProgressiveDisease, ResponseCategory.NotEvaluable };
        foreach (var r in items)
        {
            sb.Append($"<rect x=\"{N(x)}\" y=\"{N(y - 9)}\" width=\"10\" height=\"10\" fill=\"{Colour(r)}\"/><text x=\"{N(x + 14)}\" y=\"{N(y)}\">{r.Code()}</text>\n");
            x += 50;
        }
    }
}
