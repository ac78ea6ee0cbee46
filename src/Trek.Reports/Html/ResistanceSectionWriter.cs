using System.Globalization;
using System.Net;
using System.Text.Json;
using Trek.Clinical.Resistance;
using Trek.Reports.Resistance;

namespace Trek.Reports.Html;

/// <summary>
/// The report's "Resistance findings" section: each variant `trek resistance` interpreted, its class and mechanism,
/// whether a type I next-generation TRK inhibitor overcomes it, the interpretation and the rules with their sources
/// (as that command prints them). Records failing the VCF FILTER are listed apart, for review, never as findings.
/// </summary>
internal static class ResistanceSectionWriter
{
    public static void Write(TextWriter w, ResistanceSection s)
    {
        w.Write("<h2>Resistance findings</h2>\n");
        w.Write($"<p>Variants found on TRK-inhibitor treatment, interpreted by <code>trek resistance</code> from {E(Path.GetFileName(s.Source))}. These are separate from the fusion result above.</p>\n");
        if (s.Passing.Count == 0)
        {
            w.Write("<p>No TRK-related protein change in the records passing FILTER.</p>\n");
        }

        foreach (var f in s.Passing)
        {
            Finding(w, f);
        }

        if (s.FailingFilter.Count > 0)
        {
            w.Write($"<h3>Records failing the VCF FILTER ({s.FailingFilter.Count}): shown for review, not reported as findings</h3>\n");
            foreach (var f in s.FailingFilter)
            {
                Finding(w, f);
            }
        }

        if (s.Refused > 0)
        {
            w.Write($"<p>{s.Refused} VCF record(s) could not be interpreted (see <code>trek resistance -i</code> for the reasons).</p>\n");
        }
    }

    private static void Finding(TextWriter w, ResistanceFinding f)
    {
        var c = f.Call;
        w.Write($"<h3>{E(c.Gene)} {E(c.Hgvsp ?? "amplification")}</h3>\n<table class=\"keep\">\n");
        if (f.Located is { } v)
        {
            var af = v.AlleleFraction is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) : "unknown";
            Row(w, "VCF record", E($"{v.Chrom}:{v.Pos} {v.Ref}>{v.Alt} · FILTER {v.Filter} · allele fraction {af} ({v.AlleleFractionSource}) · line {v.Line}"));
        }

        Row(w, "Class", E($"{JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Class.ToString()).Replace('_', ' ')} ({c.Mechanism.Replace('_', ' ')})"));
        Row(w, "Reference", E($"{c.ReferenceIsoform}{(c.ReferenceValidated ? "; reference residue checked" : "; reference residue not checked")}{(c.Numbering is { } n ? "; " + n : "")}"));
        Row(w, "Type I next generation TRK inhibitors", c.Type1NextGenOvercomes is { } t ? (t ? "overcome it" : "do not overcome it") : "<i>not known whether they overcome it</i>");
        Row(w, "Interpretation", E(c.Interpretation));
        if (c.Rules.Count > 0)
        {
            Row(w, "Rules and sources", string.Join("<br>", c.Rules.Select(r => $"{E(r.Rule)} <span class=\"source\">Source: {E(r.Source)}</span>")));
        }

        w.Write("</table>\n");
    }

    private static void Row(TextWriter w, string header, string html) => w.Write($"<tr><th>{E(header)}</th><td>{html}</td></tr>\n");

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
}
