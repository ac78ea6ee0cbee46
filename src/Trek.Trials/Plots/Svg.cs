using System.Globalization;
using System.Security;
using System.Text;

namespace Trek.Trials.Plots;

/// <summary>Minimal SVG building helpers: invariant-culture numbers and escaped text, so plots are byte-identical on every machine.</summary>
internal static class Svg
{
    public static readonly string[] Palette = ["#1b6ca8", "#d1495b", "#2e933c", "#edae49", "#6a4c93", "#00798c", "#8d6e63"];

    public static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Esc(string s) => SecurityElement.Escape(s) ?? string.Empty;

    public static void Open(StringBuilder sb, double width, double height, string title)
    {
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        sb.Append($"<title>{Esc(title)}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    }

    public static void Text(StringBuilder sb, double x, double y, string text, string anchor = "start", string extra = "") =>
        sb.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\"{extra}>{Esc(text)}</text>\n");

    public static void Line(StringBuilder sb, double x1, double y1, double x2, double y2, string stroke = "black", double width = 1) =>
        sb.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"/>\n");

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
