using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using System.Globalization;
using System.Net;
using System.Text;
using Trek.Reports.Diagram;
using Trek.Reports.Fusions;
using Trek.Reports.Interpretation;

namespace Trek.Reports.Html;

/// <summary>
/// Writes the clinical report as one self-contained HTML file (CSS and SVG inline: no network, no CDN), in the
/// order of the AMP/ASCO/CAP 2017 and CAP report elements: patient and specimen, result, interpretation,
/// next test, method and QC, limitations, rules and sources, sign-out. It prints; it decides nothing.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="diagrams">SVG diagrams by the call's line in fusions.tsv (empty without --index).</param>
    public static void Write(TextWriter w, ClinicalReport r, IReadOnlyDictionary<long, FusionDiagram> diagrams)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write($"<title>NTRK fusion report {E(r.Sample.SpecimenId ?? r.Sample.PatientId ?? r.Fusions.ProvenanceValue("sample") ?? "")}</title>\n<style>\n");
        w.Write(Css());
        w.Write("</style>\n</head>\n<body>\n");
        w.Write("<h1>Molecular pathology report: NTRK gene fusion analysis (RNA sequencing)</h1>\n");
        w.Write($"<p class=\"meta\">Report date {r.ReportDate:yyyy-MM-dd} · Trek {E(r.TrekVersion)} · status: preliminary until signed out below</p>\n");
        PatientAndSpecimen(w, r);
        Summary(w, r);
        Result(w, r);
        Interpretation(w, r, diagrams);
        OtherFusions(w, r);
        if (r.Resistance is { } resistance)
        {
            ResistanceSectionWriter.Write(w, resistance);
        }

        NextTest(w, r);
        Method(w, r);
        Limitations(w, r);
        Rules(w);
        SignOut(w);
        w.Write("</body>\n</html>\n");
    }

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    private static string Or(string? s) => s is null ? "<i>not stated</i>" : E(s);

    private static string Css()
    {
        using var stream = ReportsAssembly.Assembly.GetManifestResourceStream("report.css") ?? throw new InvalidOperationException("report.css missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Row(TextWriter w, string header, string html) => w.Write($"<tr><th>{E(header)}</th><td>{html}</td></tr>\n");

    private static void PatientAndSpecimen(TextWriter w, ClinicalReport r)
    {
        var s = r.Sample;
        w.Write("<h2>Patient and specimen</h2>\n<table>\n");
        Row(w, "Patient", $"{Or(s.PatientName)} · id {Or(s.PatientId)}");
        Row(w, "Date of birth · sex", $"{Or(s.BirthDate?.ToString("yyyy-MM-dd", Inv))} · {Or(s.Sex)}");
        Row(w, "Specimen", $"id {Or(s.SpecimenId ?? r.Fusions.ProvenanceValue("sample"))} · {Or(s.SpecimenType)} · collected {Or(s.CollectionDate?.ToString("yyyy-MM-dd", Inv))}");
        Row(w, "Tumour type", $"{(s.TumourType is { } t ? $"{E(t.Name)} (OncoTree {E(t.Code)})" : "<i>not stated</i>")}; {TumourClassText(r.TumourClass)}");
        Row(w, "Tumour content", s.TumourContentPercent is { } p ? $"{p.ToString("0.#", Inv)} % (pathologist's estimate)" : "<i>not stated</i>");
        Row(w, "Nucleic acid", Or(s.NucleicAcid));
        Row(w, "Ordering physician", Or(s.OrderingPhysician));
        w.Write("</table>\n");
    }

    private static string TumourClassText(Samples.TumourClass c) => c switch
    {
        Samples.TumourClass.Solid => "solid tumour",
        Samples.TumourClass.Haematological => "haematological",
        _ => "solid or haematological not stated",
    };

    private static void Summary(TextWriter w, ClinicalReport r)
    {
        var css = r.Outcome switch
        {
            ReportOutcome.Positive => "positive",
            ReportOutcome.Indeterminate or ReportOutcome.NotActionable => "indeterminate",
            _ => "negative",
        };
        var headline = RuleCatalogue.Headline(r.Outcome);
        w.Write($"<div class=\"summary {css}\">\n<div class=\"headline\">{E(headline)}</div>\n");
        foreach (var f in r.Findings)
        {
            var c = f.Call;
            var tier = RuleCatalogue.Tier(f.Tier);
            var therapies = f.Tier.Therapies.Count > 0 ? $"; therapy: {string.Join(", ", f.Tier.Therapies.Select(t => RuleCatalogue.Therapy(t).Name))}" : "";
            w.Write($"<p><b>{E(c.Name)}</b> ({E(Nomenclature.ExonLevel(c))}): {E(Frame(c.ReadingFrame))}, kinase domain {E(Retained(c.KinaseDomainRetained))}. {E(RuleCatalogue.Category(f.Category))}. <b>AMP/ASCO/CAP {E(tier)}</b>{E(therapies)}.</p>\n");
        }

        if (r.Outcome == ReportOutcome.Negative)
        {
            w.Write("<p>No NTRK1, NTRK2 or NTRK3 fusion transcript was found in this specimen. A negative result does not exclude an NTRK fusion: see Limitations.</p>\n");
        }

        w.Write("</div>\n");
    }

    private static string Frame(ReadingFrame f) => f switch
    {
        ReadingFrame.InFrame => "in-frame",
        ReadingFrame.OutOfFrame => "out-of-frame",
        ReadingFrame.StopCodon => "in frame but with an early stop codon",
        _ => "reading frame not determined",
    };

    private static string Retained(DomainRetention k) => k switch { DomainRetention.Retained => "retained", DomainRetention.Lost => "not retained", _ => "retention not determined" };

    private static string Bp(GenomicPosition? b) => b is { } x ? $"chr{x.Contig}:{x.Position.ToString("N0", Inv)} ({(x.Strand == Strand.Plus ? '+' : '-')} strand)" : "not determined";

    private static string Gene(string? symbol) => symbol is null ? "not identified" : $"{symbol} ({HgncIds.For(symbol) ?? "HGNC id not in Trek's table"})";

    private static void Result(TextWriter w, ClinicalReport r)
    {
        w.Write("<h2>Result</h2>\n");
        if (r.Findings.Count == 0)
        {
            w.Write($"<p>No NTRK fusion call among {r.Fusions.Calls.Count} reported fusion call(s).</p>\n");
            return;
        }

        foreach (var f in r.Findings)
        {
            var c = f.Call;
            w.Write($"<h3>{E(c.Name)}</h3>\n<table class=\"keep\">\n");
            Row(w, "Fusion (HGNC)", E(c.Name));
            Row(w, "5' gene", E(Gene(c.Gene1)));
            Row(w, "3' gene", E(Gene(c.Gene2)));
            Row(w, "Exon-level (VICC)", $"<span class=\"seq\">{E(Nomenclature.ExonLevel(c))}</span>");
            Row(w, "Transcripts", $"{Or(c.Transcript1)} :: {Or(c.Transcript2)} (Ensembl; the index does not record transcript versions)");
            Row(w, "Exons", $"{Or(c.Exon1?.ToString(Inv))} :: {Or(c.Exon2?.ToString(Inv))}");
            Row(w, "Genomic breakpoints", $"5' {E(Bp(c.Breakpoint1))}; 3' {E(Bp(c.Breakpoint2))}");
            Row(w, "Reading frame", E(Frame(c.ReadingFrame)));
            Row(w, "Kinase domain", E(Retained(c.KinaseDomainRetained)));
            Row(w, "Supporting reads", $"{c.SplitReads} split reads, {c.SpanningPairs} spanning pairs; {c.Ffpm.ToString("0.##", Inv)} FFPM (fusion fragments per million)");
            Row(w, "Call confidence", E(Trek.Fusion.Output.FusionFormat.Confidence(c.Confidence)));
            Row(w, c.PartnerUnknown ? "Assembled sequence (partner | NTRK)" : "Junction sequence", $"<span class=\"seq\">{E(c.FusionTranscript ?? "not available")}</span>");
            w.Write("</table>\n");
        }
    }

    private static void Interpretation(TextWriter w, ClinicalReport r, IReadOnlyDictionary<long, FusionDiagram> diagrams)
    {
        w.Write("<h2>Interpretation</h2>\n");
        if (r.Findings.Count == 0)
        {
            w.Write("<p>No NTRK fusion was detected, so no TRK-inhibitor recommendation follows from this test. The result does not exclude an NTRK fusion below the limits stated below; the recommended next step is given under Next test.</p>\n");
            return;
        }

        foreach (var f in r.Findings)
        {
            w.Write($"<h3>{E(f.Call.Name)}: {E(RuleCatalogue.Category(f.Category))}</h3>\n<table class=\"rules\">\n<colgroup><col style=\"width:22%\"><col style=\"width:16%\"><col></colgroup>\n<tr><th>Criterion</th><th>Outcome</th><th>Rule and source</th></tr>\n");
            foreach (var check in f.Checks)
            {
                var (rule, source) = RuleCatalogue.For(check.Criterion);
                w.Write($"<tr><td>{E(RuleCatalogue.Name(check.Criterion))}</td><td>{E(RuleCatalogue.Text(check.Outcome))}</td><td>{E(rule)}<br><span class=\"source\">{E(ReportSources.Short(source))}</span></td></tr>\n");
            }

            w.Write("</table>\n");
            var (tierRule, tierSource) = RuleCatalogue.TierRule(f.Tier.Reason);
            w.Write($"<p><b>AMP/ASCO/CAP: {E(RuleCatalogue.Tier(f.Tier))}.</b> {E(tierRule)} <span class=\"source\">({E(ReportSources.Short(tierSource))})</span></p>\n");
            foreach (var t in f.Tier.Therapies)
            {
                var (name, source) = RuleCatalogue.Therapy(t);
                w.Write($"<p>Therapy: <b>{E(name)}</b>, approved for NTRK fusion-positive solid tumours regardless of tumour type. <span class=\"source\">({E(ReportSources.Short(source))})</span></p>\n");
            }

            if (f.Category is FindingCategory.PartnerUnknown)
            {
                w.Write($"<p>The reads enter {E(f.NtrkGene)} at exon {E(f.Call.Exon2?.ToString(Inv) ?? "?")} from sequence not in the index{(f.Call.Gene1 is { } g ? $" (spanning read pairs point to {E(g)}, but no exact breakpoint on its exons was found)" : "")}. Assembled partner sequence and the start of {E(f.NtrkGene)}: <span class=\"seq\">{E(f.Call.FusionTranscript ?? "not available")}</span>. Recommended confirmation: identify the partner by an orthogonal assay (an RNA panel with anchored multiplex PCR, 5' RACE, or RT-PCR once the partner is known; break-apart FISH for {E(f.NtrkGene)}) before treatment decisions. <span class=\"source\">({E(ReportSources.Short(ReportSources.Esmo2019))})</span></p>\n");
            }
            else if (f.Category is FindingCategory.LowConfidence or FindingCategory.SpanningOnly or FindingCategory.StructureIncomplete)
            {
                w.Write($"<p>This call is not presented as actionable. Recommended confirmation: an orthogonal assay (a second RNA-based panel or RT-PCR across the junction). <span class=\"source\">({E(ReportSources.Short(ReportSources.Esmo2019))})</span></p>\n");
            }

            if (diagrams.TryGetValue(f.Call.Line, out var d))
            {
                w.Write($"<figure>\n{FusionDiagramSvg.Write(d)}<figcaption>{E(f.Call.Name)}: exons to scale, break (red), TRK kinase domain (orange), fused transcript and protein, read support and junction sequence.</figcaption>\n</figure>\n");
            }
        }
    }

    private static void OtherFusions(TextWriter w, ClinicalReport r)
    {
        if (r.OtherFusions.Count == 0)
        {
            return;
        }

        w.Write("<h2>Other fusions detected (not interpreted)</h2>\n<p>These calls involve no NTRK gene. Trek's interpretation rules cover NTRK fusions only; they are listed for completeness and are not tiered here.</p>\n<table>\n<tr><th>Fusion</th><td><b>Exon-level · frame · reads · confidence</b></td></tr>\n");
        foreach (var c in r.OtherFusions)
        {
            Row(w, c.Name, $"<span class=\"seq\">{E(Nomenclature.ExonLevel(c))}</span> · {E(Frame(c.ReadingFrame))} · {c.SplitReads} split / {c.SpanningPairs} spanning · {E(Trek.Fusion.Output.FusionFormat.Confidence(c.Confidence))}");
        }

        w.Write("</table>\n");
    }

    private static void NextTest(TextWriter w, ClinicalReport r)
    {
        w.Write("<h2>Next test</h2>\n");
        if (r.NextTest is not { } a)
        {
            var why = r.NextTestGap == NextTestGap.TumourTypeMissing ? "the tumour type" : "the age group (paediatric or adult)";
            w.Write($"<p>Not assessed: the sample file does not state {why}, which the testing route needs (`trek test-route`).</p>\n");
            return;
        }

        w.Write($"<p>From `trek test-route` with this RNA sequencing result and the earlier results in the sample file: conclusion <b>{E(a.Conclusion.Replace('_', ' '))}</b>; next test <b>{E(a.NextTest.Replace('_', ' '))}</b>. {E(a.Explanation)}</p>\n");
        foreach (var c in a.Conflicts)
        {
            w.Write($"<p>Conflict: {E(c)}</p>\n");
        }

        w.Write("<table class=\"rules\">\n");
        foreach (var rule in a.Rules)
        {
            w.Write($"<tr><td colspan=\"3\">{E(rule.Rule)}<br><span class=\"source\">{E(rule.Source)}</span></td></tr>\n");
        }

        w.Write("</table>\n");
    }

    private static void Method(TextWriter w, ClinicalReport r)
    {
        w.Write("<h2>Method and quality</h2>\n<table>\n");
        Row(w, "Assay", "RNA sequencing (paired-end reads); fusion detection with Trek: k-mer screening against an index of panel transcripts, split-read and spanning-pair evidence, exact junctions at exon boundaries");
        Row(w, "Software", $"Trek {E(r.Fusions.ProvenanceValue("trek_version") ?? r.TrekVersion)} (report by Trek {E(r.TrekVersion)})");
        Row(w, "Command", $"<span class=\"seq\">{Or(r.Fusions.ProvenanceValue("command"))}</span>");
        Row(w, "Index", $"<span class=\"seq\">{Or(r.Fusions.ProvenanceValue("index"))}</span>");
        if (r.Index is { } m)
        {
            Row(w, "Index inputs", string.Join("<br>", m.Inputs.Select(i => $"{E(i.Role)}: {E(i.Name)} ({i.Bytes.ToString("N0", Inv)} bytes, <span class=\"seq\">sha256 {E(i.Sha256)}</span>)")));
            Row(w, "Index contents", $"{m.Genes} genes, {m.Transcripts} transcripts, k = {m.K}, {E(m.Shape)} reference, index format {m.FormatVersion}, built by Trek {E(m.TrekVersion)}");
        }

        if (r.Stats is { } s)
        {
            Row(w, "Reference · annotation", $"{Or(s.Assembly)} · {Or(s.Annotation)}");
            Row(w, "Read pairs", $"{s.PairsRead.ToString("N0", Inv)} read; {s.PairsOnIndex.ToString("N0", Inv)} on the index ({Pct(s.OnIndexRate)})");
            Row(w, "Duplicates", $"{s.DuplicateFragments.ToString("N0", Inv)} duplicate fragments ({Pct(s.DuplicateRate)} of pairs)");
            Row(w, "Calls", $"{s.HighCalls} high, {s.MediumCalls} medium, {s.LowCalls} low confidence; {s.Discarded} discarded by filters");
        }
        else
        {
            Row(w, "Read pairs", r.Fusions.ProvenanceValue("fragments") is { } n ? $"{E(n)} fragments (from fusions.tsv; run `trek fusions --stats` for full QC)" : "<i>not recorded (run `trek fusions --stats`)</i>");
        }

        w.Write("</table>\n");
    }

    private static string Pct(double? v) => v is { } x ? (x * 100).ToString("0.0", Inv) + " %" : "n/a";

    private static void Limitations(TextWriter w, ClinicalReport r)
    {
        w.Write("<h2>Limitations</h2>\n<ul>\n");
        foreach (var l in r.Limitations)
        {
            var (text, source) = RuleCatalogue.Limitation(l);
            w.Write($"<li>{E(text)} <span class=\"source\">({E(ReportSources.Short(source))})</span></li>\n");
        }

        w.Write("</ul>\n");
    }

    private static void Rules(TextWriter w)
    {
        w.Write("<h2>Interpretation rules and sources</h2>\n<table class=\"rules\">\n<colgroup><col style=\"width:22%\"><col><col></colgroup>\n");
        foreach (var c in Enum.GetValues<Criterion>())
        {
            var (rule, source) = RuleCatalogue.For(c);
            w.Write($"<tr><td>{E(RuleCatalogue.Name(c))}</td><td colspan=\"2\">{E(rule)}<br><span class=\"source\">{E(source)}</span></td></tr>\n");
        }

        foreach (var t in Enum.GetValues<TierReason>())
        {
            var (rule, source) = RuleCatalogue.TierRule(t);
            w.Write($"<tr><td>AMP tier</td><td colspan=\"2\">{E(rule)}<br><span class=\"source\">{E(source)}</span></td></tr>\n");
        }

        w.Write($"<tr><td>Nomenclature</td><td colspan=\"2\">HGNC 5'::3' names with HGNC ids; exon-level names in the VICC form.<br><span class=\"source\">{E(ReportSources.Bruford2021)}; {E(ReportSources.ViccFusions)}</span></td></tr>\n");
        w.Write($"<tr><td>Report content</td><td colspan=\"2\">Sections follow the AMP/ASCO/CAP reporting standard and the CAP molecular pathology report elements.<br><span class=\"source\">{E(ReportSources.Li2017)}; {E(ReportSources.Gulley2007)}</span></td></tr>\n");
        w.Write("</table>\n");
    }

    private static void SignOut(TextWriter w)
    {
        w.Write("<h2>Sign-out</h2>\n<table class=\"signout keep\">\n");
        Row(w, "Reviewed and interpreted by", "");
        Row(w, "Signature · date", "");
        Row(w, "Laboratory · accreditation", "");
        w.Write("</table>\n<p class=\"meta\">Generated by Trek from the files named under Method. Not valid until signed out by a qualified pathologist or clinical scientist.</p>\n");
    }
}
