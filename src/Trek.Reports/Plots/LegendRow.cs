using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

/// <summary>
/// A legend laid out by measured text width: each item is a glyph (drawn by the caller's function at the glyph's
/// centre) and a label; items flow left to right and wrap to a new line before <c>right</c>, so long cohort names
/// neither overlap nor leave the canvas.
/// </summary>
internal sealed class LegendRow(SvgWriter svg, double left, double right, double top, double fontSize = 11)
{
    private readonly double _left = left;
    private const double GlyphWidth = 14, Gap = 18, LineHeight = 16;
    private double _x = left;
    private double _y = top;

    /// <summary>The baseline of the last line written; the next element goes below it.</summary>
    public double Bottom => _y;

    public LegendRow Item(Func<double, double, string> glyph, string label)
    {
        var text = SvgWriter.Fit(label, right - _left - GlyphWidth - 4, fontSize);
        var width = GlyphWidth + 4 + SvgWriter.Width(text, fontSize);
        if (_x > _left && _x + width > right)
        {
            _x = _left;
            _y += LineHeight;
        }

        svg.Append(glyph(_x + (GlyphWidth / 2), _y - 4));
        svg.Text(_x + GlyphWidth + 4, _y, text, "start", $" class=\"legend\" font-size=\"{SvgWriter.N(fontSize)}\"");
        _x += width + Gap;
        return this;
    }
}
