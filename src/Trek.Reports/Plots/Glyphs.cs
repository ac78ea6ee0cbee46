using Trek.Reports.Svg;

namespace Trek.Reports.Plots;

/// <summary>
/// Marker shapes drawn by the plots. The legends draw the same calls, so a legend glyph is the marker it explains
/// (issue 16: the swimmer legend printed ▲ ■ ✕ characters that did not match the shapes on the bars).
/// </summary>
internal static class Glyphs
{
    /// <summary>Triangle pointing up, centred on (x, y): first response (filled for CR, open for PR).</summary>
    public static string Triangle(double x, double y, bool filled, string title) =>
        $"<path class=\"mark-response\" d=\"M{SvgWriter.N(x)},{SvgWriter.N(y - 6)} L{SvgWriter.N(x + 5)},{SvgWriter.N(y + 4)} L{SvgWriter.N(x - 5)},{SvgWriter.N(y + 4)} Z\" fill=\"{(filled ? "black" : "white")}\" stroke=\"black\"><title>{SvgWriter.Esc(title)}</title></path>\n";

    /// <summary>Square centred on (x, y): progression.</summary>
    public static string Square(double x, double y, string title) =>
        $"<rect class=\"mark-progression\" x=\"{SvgWriter.N(x - 4)}\" y=\"{SvgWriter.N(y - 4)}\" width=\"8\" height=\"8\" fill=\"#f18f01\" stroke=\"black\"><title>{SvgWriter.Esc(title)}</title></rect>\n";

    /// <summary>Diagonal cross centred on (x, y): death (swimmer) or the first PD visit (spider).</summary>
    public static string Cross(double x, double y, string colour, string cssClass, string title) =>
        $"<path class=\"{cssClass}\" d=\"M{SvgWriter.N(x - 4)},{SvgWriter.N(y - 4)} L{SvgWriter.N(x + 4)},{SvgWriter.N(y + 4)} M{SvgWriter.N(x - 4)},{SvgWriter.N(y + 4)} L{SvgWriter.N(x + 4)},{SvgWriter.N(y - 4)}\" stroke=\"{colour}\" stroke-width=\"2\" fill=\"none\"><title>{SvgWriter.Esc(title)}</title></path>\n";

    /// <summary>Arrow head whose left edge is at x, centred on y: still on treatment.</summary>
    public static string Arrow(double x, double y, string title = "ongoing") =>
        $"<path class=\"mark-ongoing\" d=\"M{SvgWriter.N(x)},{SvgWriter.N(y - 5)} L{SvgWriter.N(x + 8)},{SvgWriter.N(y)} L{SvgWriter.N(x)},{SvgWriter.N(y + 5)} Z\" fill=\"black\"><title>{SvgWriter.Esc(title)}</title></path>\n";

    /// <summary>A colour swatch (a bar's or a line's colour) with its top-left corner at (x, y).</summary>
    public static string Swatch(double x, double y, string colour) =>
        $"<rect x=\"{SvgWriter.N(x)}\" y=\"{SvgWriter.N(y)}\" width=\"12\" height=\"10\" fill=\"{colour}\"/>\n";
}
