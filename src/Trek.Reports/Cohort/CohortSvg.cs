using System.Text;
using Trek.Reports.Svg;

namespace Trek.Reports.Cohort;

/// <summary>The cohort summary's inline SVG plots (no script, no external resource): the heat map and horizontal bar charts.</summary>
internal static class CohortSvg
{
    public static readonly IReadOnlyDictionary<CallConfidence, string> Fill = new Dictionary<CallConfidence, string>
    {
        [CallConfidence.High] = "#1b6ca8",
        [CallConfidence.Medium] = "#6fa8dc",
        [CallConfidence.Low] = "#cfe2f3",
    };

    public static string N(double v) => SvgWriter.N(v);

    public static string Esc(string s) => SvgWriter.Esc(s);

    /// <summary>Samples down, fusions across; a cell's colour is the call's confidence, its tooltip the values.</summary>
    public static string Heatmap(CohortSummary cohort)
    {
        const double cell = 18, left = 160, top = 150;
        var width = left + (cohort.Fusions.Count * cell) + 20;
        var height = top + (cohort.Samples.Count * cell) + 40;
        var sb = Open(width, height, "Fusion calls per sample (colour: confidence)");
        for (var j = 0; j < cohort.Fusions.Count; j++)
        {
            var x = left + (j * cell) + (cell / 2);
            sb.Append($"<text transform=\"translate({N(x + 4)},{N(top - 6)}) rotate(-60)\">{Esc(cohort.Fusions[j])}</text>\n");
        }

        for (var i = 0; i < cohort.Samples.Count; i++)
        {
            var s = cohort.Samples[i];
            var y = top + (i * cell);
            sb.Append($"<text x=\"{N(left - 6)}\" y=\"{N(y + 13)}\" text-anchor=\"end\">{Esc(s.Name)}</text>\n");
            for (var j = 0; j < cohort.Fusions.Count; j++)
            {
                var x = left + (j * cell);
                if (cohort.Matrix.TryGetValue((s.Name, cohort.Fusions[j]), out var c))
                {
                    var tip = $"{s.Name} {c.Key}: {c.SplitReads} split, {c.SpanningPairs} spanning, FFPM {CohortText.Ffpm(c.Ffpm)}, {CohortText.Of(c.Confidence)}";
                    sb.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(cell - 1)}\" height=\"{N(cell - 1)}\" fill=\"{Fill[c.Confidence]}\"><title>{Esc(tip)}</title></rect>\n");
                }
                else
                {
                    sb.Append($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(cell - 1)}\" height=\"{N(cell - 1)}\" fill=\"#f2f2f2\"/>\n");
                }
            }
        }

        var ly = top + (cohort.Samples.Count * cell) + 20;
        var lx = left;
        foreach (var (confidence, fill) in Fill.OrderByDescending(kv => kv.Key))
        {
            sb.Append($"<rect x=\"{N(lx)}\" y=\"{N(ly - 10)}\" width=\"12\" height=\"12\" fill=\"{fill}\"/><text x=\"{N(lx + 16)}\" y=\"{N(ly)}\">{CohortText.Of(confidence)}</text>\n");
            lx += 80;
        }

        return Close(sb);
    }

    /// <summary>One bar per label; bars flagged in <paramref name="highlight"/> are red (QC outliers).</summary>
    public static string Bars(string title, IReadOnlyList<(string Label, double Value, bool Highlight)> bars, Func<double, string> format)
    {
        const double row = 18, left = 160, plot = 360, top = 30;
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-12);
        var sb = Open(left + plot + 90, top + (bars.Count * row) + 20, title);
        sb.Append($"<text x=\"{N(left)}\" y=\"18\" font-weight=\"bold\">{Esc(title)}</text>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, highlight) = bars[i];
            var y = top + (i * row);
            var w = plot * value / max;
            sb.Append($"<text x=\"{N(left - 6)}\" y=\"{N(y + 13)}\" text-anchor=\"end\">{Esc(label)}</text>\n");
            sb.Append($"<rect x=\"{N(left)}\" y=\"{N(y + 2)}\" width=\"{N(w)}\" height=\"{N(row - 4)}\" fill=\"{(highlight ? "#d1495b" : "#1b6ca8")}\"/>\n");
            sb.Append($"<text x=\"{N(left + w + 4)}\" y=\"{N(y + 13)}\">{Esc(format(value))}</text>\n");
        }

        return Close(sb);
    }

    private static StringBuilder Open(double width, double height, string title)
    {
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\" role=\"img\">\n");
        sb.Append($"<title>{Esc(title)}</title>\n");
        return sb;
    }

    private static string Close(StringBuilder sb) => sb.Append("</svg>\n").ToString();
}
