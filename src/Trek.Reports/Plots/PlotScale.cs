using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

/// <summary>What the trial plots share besides the writer: the colour palette of groups and the tick step of a time axis.</summary>
internal static class PlotScale
{
    public static readonly string[] Palette = ["#1b6ca8", "#d1495b", "#2e933c", "#edae49", "#6a4c93", "#00798c", "#8d6e63"];

    /// <summary>The opening of a trial plot: the svg element with its size and font, the title for screen readers, a white background.</summary>
    public static void Open(SvgWriter svg, double width, double height, string title)
    {
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SvgWriter.N(width)}\" height=\"{SvgWriter.N(height)}\" viewBox=\"0 0 {SvgWriter.N(width)} {SvgWriter.N(height)}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append($"<title>{SvgWriter.Esc(title)}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    }

    /// <summary>A "nice" tick step (1, 2, 2.5 or 5 × 10^k) giving about <paramref name="target"/> intervals up to max.</summary>
    public static double TickStep(double max, int target = 8)
    {
        if (max <= 0)
        {
            return 1;
        }

        var raw = max / target;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (m * magnitude >= raw)
            {
                return m * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
