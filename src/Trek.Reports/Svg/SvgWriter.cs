using System.Globalization;
using System.Text;

namespace Trek.Reports.Svg;

/// <summary>
/// The one SVG writer of Trek (issue 8: the plots and the fusion diagram escaped text three different ways). It owns
/// the three things every figure needs to agree on: numbers in the invariant culture with at most two decimals (so a
/// figure is byte-identical on every machine), text escaped one way (&amp; &lt; &gt; " and ' as &amp;#39;, valid in
/// XML and in HTML, where the SVG is inlined), and an estimate of a text's width for layout. The estimate is an
/// upper bound of the average advance of the fonts the figures name (DejaVu Sans 0.62 em, DejaVu Sans Mono 0.61 em);
/// the plot and diagram tests measure the real glyph boxes in Chromium.
/// </summary>
public sealed class SvgWriter
{
    /// <summary>The sans-serif stack of every figure; DejaVu Sans first because Debian's chromium has it.</summary>
    public const string Sans = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

    public const string Mono = "DejaVu Sans Mono, Liberation Mono, monospace";

    private const double SansAdvance = 0.62;
    private const double MonoAdvance = 0.61;

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

    /// <summary>Estimated width of <paramref name="text"/> at <paramref name="size"/> px: an upper bound of the average glyph advance.</summary>
    public static double Width(string text, double size, bool mono = false) => text.Length * size * (mono ? MonoAdvance : SansAdvance);

    /// <summary>The text, shortened with "…" until it fits <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double maxWidth, double size, bool mono = false)
    {
        if (Width(text, size, mono) <= maxWidth)
        {
            return text;
        }

        var chars = Math.Max(0, (int)(maxWidth / (size * (mono ? MonoAdvance : SansAdvance))) - 1);
        return chars == 0 ? "" : text[..chars] + "…";
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
