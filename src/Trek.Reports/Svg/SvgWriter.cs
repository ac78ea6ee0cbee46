using System.Globalization;
using System.Text;

namespace Trek.Reports.Svg;

/// <summary>
/// The one SVG writer of Trek (issue 8: the plots and the fusion diagram escaped text three different ways). It owns
/// the three things every figure needs to agree on: numbers in the invariant culture with at most two decimals (so a
/// figure is byte-identical on every machine), text escaped one way (&amp; &lt; &gt; " and ' as &amp;#39;, valid in
/// XML and in HTML, where the SVG is inlined), and a text's width for layout: the sum of the glyph advances of DejaVu
/// Sans (the first font the figures name, and the one Debian's chromium draws them with), 3 % added for hinting, so
/// "MMMM" and "iiii" are no longer measured alike (a flat 0.62 em per character under-measured capitals and digits,
/// 0.636 em, the letters of gene names and subject codes). The plot and diagram tests measure the real glyph boxes
/// in Chromium.
/// </summary>
public sealed class SvgWriter
{
    /// <summary>The sans-serif stack of every figure; DejaVu Sans first because Debian's chromium has it.</summary>
    public const string Sans = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

    public const string Mono = "DejaVu Sans Mono, Liberation Mono, monospace";

    private const double MonoAdvance = 0.61;

    /// <summary>Hinting and rounding slack on top of the font's own advances.</summary>
    private const double Slack = 1.03;

    /// <summary>
    /// Advance widths of ASCII 32..126 in DejaVu Sans (regular, then bold), font units of 2048 per em, read from the
    /// hmtx table of Debian's fonts-dejavu-core 2.37 (/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf, DejaVuSans-Bold.ttf).
    /// Characters outside ASCII count one em (the widest of the symbols the figures use: "…" is exactly 1 em).
    /// </summary>
    private static readonly short[] Regular =
    [
        651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303,
        690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423,
        1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186,
        569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
    ];

    private static readonly short[] Bold =
    [
        713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425,
        819, 819, 1716, 1716, 1716, 1188, 2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501, 1741, 1577,
        1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362,
        702, 2134, 1458, 1407, 1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
    ];

    private readonly StringBuilder _sb = new();

    /// <summary>A coordinate or size: invariant culture, at most two decimals, never "-0".</summary>
    public static string N(double v)
    {
        var text = v.ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>A decimal value (the response plots compute in decimal): rounded to two places first, as those plots always were.</summary>
    public static string N(decimal v)
    {
        var text = Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>Text or an attribute value, escaped for XML and HTML alike.</summary>
    public static string Esc(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>Width of <paramref name="text"/> at <paramref name="size"/> px in DejaVu Sans (or, <paramref name="mono"/>, DejaVu Sans Mono).</summary>
    public static double Width(string text, double size, bool mono = false, bool bold = false)
    {
        if (mono)
        {
            return text.Length * size * MonoAdvance;
        }

        var table = bold ? Bold : Regular;
        double units = 0;
        foreach (var c in text)
        {
            units += c is >= ' ' and <= '~' ? table[c - ' '] : 2048;
        }

        return units / 2048 * size * Slack;
    }

    /// <summary>The text, shortened with "…" until it fits <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double maxWidth, double size, bool mono = false, bool bold = false)
    {
        if (Width(text, size, mono, bold) <= maxWidth)
        {
            return text;
        }

        for (var chars = text.Length - 1; chars > 0; chars--)
        {
            var shortened = text[..chars] + "…";
            if (Width(shortened, size, mono, bold) <= maxWidth)
            {
                return shortened;
            }
        }

        return "";
    }

    /// <summary>A self-contained &lt;text&gt; element with its font; <paramref name="anchor"/> is start, middle or end.</summary>
    public static string Element(double x, double y, string text, double size, string anchor = "start", bool mono = false, string weight = "normal", string fill = "#222")
        => $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-family=\"{(mono ? Mono : Sans)}\" font-size=\"{N(size)}\" font-weight=\"{weight}\" text-anchor=\"{anchor}\" fill=\"{fill}\">{Esc(text)}</text>";

    /// <summary>Appends markup the caller built with <see cref="N(double)"/> and <see cref="Esc"/>.</summary>
    public SvgWriter Append(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>A &lt;text&gt; element inheriting the document's font; <paramref name="extra"/> holds further attributes, each with a leading space.</summary>
    public SvgWriter Text(double x, double y, string text, string anchor = "start", string extra = "")
    {
        _sb.Append($"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\"{extra}>{Esc(text)}</text>\n");
        return this;
    }

    public SvgWriter Line(double x1, double y1, double x2, double y2, string stroke = "black", double width = 1)
    {
        _sb.Append($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"/>\n");
        return this;
    }

    public override string ToString() => _sb.ToString();
}
