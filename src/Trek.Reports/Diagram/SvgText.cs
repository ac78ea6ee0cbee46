using System.Globalization;
using System.Net;

namespace Trek.Reports.Diagram;

/// <summary>
/// Text for SVG that stays inside the canvas: widths are estimated from the font size with a per-character
/// advance no font the report names exceeds on average (DejaVu Sans 0.62 em, DejaVu Sans Mono 0.61 em), and text that
/// would not fit is shortened with an ellipsis. The diagram test measures the real glyph boxes in Chromium.
/// </summary>
public static class SvgText
{
    public const string Sans = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

    public const string Mono = "DejaVu Sans Mono, Liberation Mono, monospace";

    public static double Width(string text, double size, bool mono) => text.Length * size * (mono ? 0.61 : 0.62);

    /// <summary>The text, shortened with "…" until it fits <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double maxWidth, double size, bool mono = false)
    {
        if (Width(text, size, mono) <= maxWidth)
        {
            return text;
        }

        var chars = Math.Max(0, (int)(maxWidth / (size * (mono ? 0.61 : 0.62))) - 1);
        return chars == 0 ? "" : text[..chars] + "…";
    }

    public static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A &lt;text&gt; element; <paramref name="anchor"/> is start, middle or end.</summary>
    public static string Element(double x, double y, string text, double size, string anchor = "start", bool mono = false, string weight = "normal", string fill = "#222")
        => $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-family=\"{(mono ? Mono : Sans)}\" font-size=\"{N(size)}\" font-weight=\"{weight}\" text-anchor=\"{anchor}\" fill=\"{fill}\">{WebUtility.HtmlEncode(text)}</text>";
}
