using Trek.Fusion.Calling;
using System.Globalization;
using System.Text;
using Trek.Reports.Fusions;
using static Trek.Reports.Svg.SvgWriter;

namespace Trek.Reports.Diagram;

/// <summary>
/// Draws a fusion as SVG in the manner of Arriba's draw_fusions.R: both transcripts' exons to scale (exonic
/// coordinates) with the break, the TRK kinase domain shaded, the fused transcript and protein below, read counts
/// and the junction sequence with `|`. Every label is placed and shortened so it lies inside the canvas.
/// </summary>
public static class FusionDiagramSvg
{
    public const double Width = 960;
    public const double Height = 470;
    private const double Left = 20;
    private const double Right = Width - 20;
    private const string FiveColour = "#3b75af";
    private const string ThreeColour = "#519e3e";
    private const string DomainColour = "#ef8636";
    private const string LostColour = "#d0d0d0";

    public static string Write(FusionDiagram d)
    {
        var c = d.Call;
        var s = new StringBuilder();
        var extra = d.Coverage is null ? 0 : CoverageSvg.Height;
        var height = Height + extra;
        s.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(height)}\" width=\"{N(Width)}\" height=\"{N(height)}\" role=\"img\" aria-label=\"{c.Name} fusion diagram\">\n");
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{N(Width)}\" height=\"{N(height)}\" fill=\"#fff\"/>\n");
        s.Append(Element(Left, 26, Fit($"{c.Name}  {Nomenclature.ExonLevel(c)}", Right - Left, 16, bold: true), 16, weight: "bold")).Append('\n');
        if (d.FivePrime is { } five)
        {
            Track(s, five, 50, FiveColour, "5' partner", fivePrime: true);
        }
        else
        {
            UnknownPartner(s, c.Gene1, d.AssembledPartnerLength, 50);
        }

        Track(s, d.ThreePrime, 150, ThreeColour, "3' partner", fivePrime: false);
        Fused(s, d, 255);
        if (d.Coverage is { } coverage)
        {
            CoverageSvg.Write(s, coverage, Left, Right, 320);
        }

        Protein(s, d, 320 + extra);
        Evidence(s, c, 395 + extra);
        s.Append("</svg>\n");
        return s.ToString();
    }

    private static double Scale(int length) => (Right - Left) / Math.Max(1, length);

    private static void Track(StringBuilder s, DiagramTranscript t, double y, string colour, string role, bool fivePrime)
    {
        var k = Scale(t.Length);
        var kept = fivePrime ? $"exons {t.Exons[0].Number}-{LastKeptExon(t)} kept" : $"exons {FirstKeptExon(t)}-{t.Exons[^1].Number} kept";
        s.Append(Element(Left, y, Fit($"{t.Gene} {t.TranscriptId} ({role}, {t.Length} nt; {kept})", Right - Left, 12), 12)).Append('\n');
        var top = y + 10;
        s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" y1=\"{N(top + 12)}\" x2=\"{N(Right)}\" y2=\"{N(top + 12)}\" stroke=\"#888\" stroke-width=\"1\"/>\n");
        foreach (var e in t.Exons)
        {
            var x = Left + (e.Start * k);
            var w = Math.Max(0.8, (e.End - e.Start) * k);
            var inKept = e.Start >= t.KeptStart && e.End <= t.KeptEnd;
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(top)}\" width=\"{N(w)}\" height=\"24\" fill=\"{(inKept ? colour : LostColour)}\" stroke=\"#fff\" stroke-width=\"0.6\"/>\n");
            var label = e.Number.ToString(CultureInfo.InvariantCulture);
            if (Width(label, 9, false) + 2 <= w)
            {
                s.Append(Element(x + (w / 2), top + 16, label, 9, "middle", fill: "#fff")).Append('\n');
            }
        }

        if (t.HasDomain)
        {
            var x = Left + (t.DomainStart * k);
            var w = (t.DomainEnd - t.DomainStart) * k;
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(top + 26)}\" width=\"{N(w)}\" height=\"8\" fill=\"{DomainColour}\"/>\n");
            var text = "kinase domain";
            s.Append(Element(Math.Clamp(x + (w / 2), Left + (Width(text, 10, false) / 2), Right - (Width(text, 10, false) / 2)), top + 46, text, 10, "middle", fill: "#a0522d")).Append('\n');
        }

        var bx = Left + ((fivePrime ? t.KeptEnd : t.KeptStart) * k);
        s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(bx)}\" y1=\"{N(top - 6)}\" x2=\"{N(bx)}\" y2=\"{N(top + 30)}\" stroke=\"#c00\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>\n");
        var where = fivePrime ? "break ▸" : "◂ break";
        var bw = Width(where, 10, false);
        var lx = fivePrime ? Math.Clamp(bx - 3, Left + bw, Right) : Math.Clamp(bx + 3, Left, Right - bw);
        s.Append(Element(lx, top + 60, where, 10, fivePrime ? "end" : "start", fill: "#c00")).Append('\n');
    }

    private static void UnknownPartner(StringBuilder s, string? gene, int assembled, double y)
    {
        var who = gene is null ? "5' partner not identified" : $"5' partner {gene} suggested by spanning pairs, break not on an annotated exon";
        s.Append(Element(Left, y, Fit($"{who}: {assembled} nt assembled from reads (see the junction sequence)", Right - Left, 12), 12)).Append('\n');
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(Left)}\" y=\"{N(y + 10)}\" width=\"{N((Right - Left) / 3)}\" height=\"24\" fill=\"#fff\" stroke=\"#777\" stroke-dasharray=\"5 3\"/>\n");
        s.Append(Element(Left + ((Right - Left) / 6), y + 26, "unknown partner", 11, "middle", fill: "#555")).Append('\n');
    }

    private static void Fused(StringBuilder s, FusionDiagram d, double y)
    {
        var fiveLen = d.FivePrime is { } f ? f.KeptEnd - f.KeptStart : d.AssembledPartnerLength;
        var three = d.ThreePrime;
        var threeLen = three.KeptEnd - three.KeptStart;
        var k = (Right - Left) / Math.Max(1, fiveLen + threeLen);
        s.Append(Element(Left, y, Fit($"Fused transcript ({fiveLen + threeLen} nt: {fiveLen} from {(d.FivePrime?.Gene ?? "the unknown partner")}, {threeLen} from {three.Gene})", Right - Left, 12), 12)).Append('\n');
        var top = y + 10;
        var split = Left + (fiveLen * k);
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(Left)}\" y=\"{N(top)}\" width=\"{N(split - Left)}\" height=\"20\" fill=\"{(d.FivePrime is null ? "#bbb" : FiveColour)}\"/>\n");
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(split)}\" y=\"{N(top)}\" width=\"{N(Right - split)}\" height=\"20\" fill=\"{ThreeColour}\"/>\n");
        if (three.HasDomain && three.DomainEnd > three.KeptStart)
        {
            var ds = split + (Math.Max(0, three.DomainStart - three.KeptStart) * k);
            var de = split + ((three.DomainEnd - three.KeptStart) * k);
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(ds)}\" y=\"{N(top + 4)}\" width=\"{N(de - ds)}\" height=\"12\" fill=\"{DomainColour}\"/>\n");
        }

        s.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(split)}\" y1=\"{N(top - 4)}\" x2=\"{N(split)}\" y2=\"{N(top + 24)}\" stroke=\"#c00\" stroke-width=\"2\"/>\n");
    }

    private static void Protein(StringBuilder s, FusionDiagram d, double y)
    {
        var c = d.Call;
        if (d.FusedProteinResidues is not { } residues || d.FivePrime is not { } five)
        {
            var why = c.ReadingFrame switch
            {
                ReadingFrame.OutOfFrame => "out of frame: no fused TRK protein is expected",
                ReadingFrame.StopCodon => "in frame but a stop codon precedes the kinase: no fused TRK protein is expected",
                _ => "reading frame not determined (partner not identified): fused protein not drawn",
            };
            s.Append(Element(Left, y, Fit($"Fused protein: {why}", Right - Left, 12), 12)).Append('\n');
            return;
        }

        var three = d.ThreePrime;
        var fiveAa = five.KeptCoding / 3;
        var k = (Right - Left) / Math.Max(1, residues);
        var firstNtrkAa = ((three.KeptStart - three.CdsStart) / 3) + 1;
        s.Append(Element(Left, y, Fit($"Fused protein: {residues} aa ({five.Gene} residues 1-{fiveAa} joined to {three.Gene} from residue {firstNtrkAa})", Right - Left, 12), 12)).Append('\n');
        var top = y + 10;
        var split = Left + (fiveAa * k);
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(Left)}\" y=\"{N(top)}\" width=\"{N(split - Left)}\" height=\"16\" rx=\"6\" fill=\"{FiveColour}\"/>\n");
        s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(split)}\" y=\"{N(top)}\" width=\"{N(Right - split)}\" height=\"16\" rx=\"6\" fill=\"{ThreeColour}\"/>\n");
        if (three.HasDomain)
        {
            var ds = split + (Math.Max(0, three.DomainStart - three.KeptStart) / 3.0 * k);
            var de = split + ((three.DomainEnd - three.KeptStart) / 3.0 * k);
            s.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(ds)}\" y=\"{N(top)}\" width=\"{N(de - ds)}\" height=\"16\" fill=\"{DomainColour}\"/>\n");
            var text = "TRK kinase domain (retained)";
            var tw = Width(text, 10, false);
            s.Append(Element(Math.Clamp((ds + de) / 2, Left + (tw / 2), Right - (tw / 2)), top + 30, text, 10, "middle", fill: "#a0522d")).Append('\n');
        }
    }

    private static void Evidence(StringBuilder s, FusionRecord c, double y)
    {
        var inv = CultureInfo.InvariantCulture;
        s.Append(Element(Left, y, Fit($"Supporting reads: {c.SplitReads} split reads, {c.SpanningPairs} spanning pairs; FFPM {c.Ffpm.ToString("0.##", inv)}; confidence {Trek.Fusion.Output.FusionFormat.Confidence(c.Confidence)}", Right - Left, 12), 12)).Append('\n');
        var junction = Junction(c.FusionTranscript);
        s.Append(Element(Left, y + 24, "Junction:", 12)).Append('\n');
        s.Append(Element(Left + 70, y + 24, Fit(junction, Right - Left - 70, 12, mono: true), 12, mono: true)).Append('\n');
        s.Append(Element(Left, y + 50, Fit("Exons to scale in transcript (exonic) coordinates; grey = not in the fusion; orange = TRK kinase domain.", Right - Left, 10), 10, fill: "#555")).Append('\n');
    }

    /// <summary>Up to 30 bases each side of `|`, so the junction reads the same in every diagram.</summary>
    public static string Junction(string? sequence)
    {
        if (sequence is null)
        {
            return "not available";
        }

        var bar = sequence.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            return sequence.Length > 61 ? sequence[..61] : sequence;
        }

        var left = sequence[..bar];
        var right = sequence[(bar + 1)..];
        return $"{(left.Length > 30 ? "…" + left[^30..] : left)}|{(right.Length > 30 ? right[..30] + "…" : right)}";
    }

    private static int LastKeptExon(DiagramTranscript t) => t.Exons.LastOrDefault(e => e.End <= t.KeptEnd).Number;

    private static int FirstKeptExon(DiagramTranscript t) => t.Exons.FirstOrDefault(e => e.Start >= t.KeptStart).Number;
}
