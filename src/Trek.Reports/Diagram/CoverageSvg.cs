using System.Globalization;
using System.Text;
using Trek.Reports.Coverage;
using static Trek.Reports.Svg.SvgWriter;

namespace Trek.Reports.Diagram;

/// <summary>
/// The coverage track of the fusion diagram: read depth along the fused sequence of `trek fusions --evidence` as a filled
/// profile (one column per pixel at most: the maximum depth of the bases it covers, so a narrow dip or peak is not averaged
/// away), the junction as a red dashed line, and the counts in the caption. Its x axis is the fused sequence, not the
/// transcripts above (the sequence is only the stretch around the junction that reads were placed on).
/// </summary>
internal static class CoverageSvg
{
    /// <summary>Vertical space the track adds to the diagram.</summary>
    public const double Height = 95;

    private const double TrackHeight = 50;

    public static void Write(StringBuilder s, CoverageTrack t, double left, double right, double y)
    {
        var inv = CultureInfo.InvariantCulture;
        var len = t.Depth.Count;
        var max = Math.Max(1, t.MaxDepth);
        s.Append(Element(left, y, Fit($"Read depth on the fused sequence ({len} nt, evidence {t.CallId}): maximum {t.MaxDepth}, {t.DepthAtJunction} reads across the junction; {t.SplitReads} split reads and {t.SpanningReads} spanning-pair mates placed", right - left, 12), 12)).Append('\n');
        var top = y + 10;
        var baseline = top + TrackHeight;
        var columns = (int)Math.Min(len, right - left);
        var path = new StringBuilder();
        path.Append(inv, $"M{N(left)} {N(baseline)}");
        for (var c = 0; c < columns; c++)
        {
            var from = (int)((long)c * len / columns);
            var to = (int)((long)(c + 1) * len / columns);
            var depth = 0;
            for (var i = from; i < to; i++)
            {
                depth = Math.Max(depth, t.Depth[i]);
            }

            var x0 = left + ((right - left) * from / len);
            var x1 = left + ((right - left) * to / len);
            var yy = baseline - (TrackHeight * depth / max);
            path.Append(inv, $" L{N(x0)} {N(yy)} L{N(x1)} {N(yy)}");
        }

        path.Append(inv, $" L{N(right)} {N(baseline)} Z");
        s.Append(inv, $"<path d=\"{path}\" fill=\"#8a8a8a\" stroke=\"none\"/>\n");
        s.Append(inv, $"<line x1=\"{N(left)}\" y1=\"{N(baseline)}\" x2=\"{N(right)}\" y2=\"{N(baseline)}\" stroke=\"#555\" stroke-width=\"0.8\"/>\n");
        var jx = left + ((right - left) * t.JunctionOffset / Math.Max(1, len));
        s.Append(inv, $"<line x1=\"{N(jx)}\" y1=\"{N(top - 4)}\" x2=\"{N(jx)}\" y2=\"{N(baseline + 4)}\" stroke=\"#c00\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>\n");
        s.Append(Element(left, baseline + 16, $"0 – {t.MaxDepth} reads", 10, fill: "#555")).Append('\n');
        s.Append(Element(jx, baseline + 16, "junction", 10, anchor: "middle", fill: "#c00")).Append('\n');
        s.Append(Element(right, baseline + 16, $"{len} nt", 10, anchor: "end", fill: "#555")).Append('\n');
    }
}
