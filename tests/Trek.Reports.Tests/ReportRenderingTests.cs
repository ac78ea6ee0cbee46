using System.Text.RegularExpressions;
using Trek.Reports.Diagram;
using Trek.Reports.Fusions;
using Trek.Reports.Html;
using Trek.Reports.Interpretation;
using Trek.Reports.Pdf;
using Trek.Reports.Samples;
using Trek.Reports.Stats;

namespace Trek.Reports.Tests;

/// <summary>
/// The report as a reader sees it: HTML printed to PDF by Debian chromium, PDF rendered to PNG by pdftoppm
/// (poppler-utils), text read back with pdftotext. Expected facts are those of the bundled example
/// (examples/pizzly-spikein/README.md: ETV6 exon 5 to NTRK3 exon 15).
/// </summary>
public sealed partial class ReportRenderingTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private readonly string _dir = TestFiles.Scratch("render");

    private static readonly DateOnly Date = new(2026, 12, 3);

    private (string Html, string Pdf, string Text) Render(string fusions, string? sample, string? stats, string name)
    {
        var table = FusionTableReader.Read(fusions);
        var info = sample is null ? SampleInfo.Empty : SampleReader.Read(sample);
        var report = ReportBuilder.Build(table, info, stats is null ? null : FusionRunStatsReader.Read(stats), fixture.Index.Manifest, Date);
        var diagrams = report.Findings.Select(f => DiagramBuilder.Build(f.Call, fixture.Index, fusions)).OfType<FusionDiagram>().ToDictionary(d => d.Call.Line);
        var html = Path.Combine(_dir, name + ".html");
        using (var w = new StreamWriter(html))
        {
            HtmlReportWriter.Write(w, report, diagrams);
        }

        var pdf = Path.Combine(_dir, name + ".pdf");
        ChromiumPdf.Print(html, pdf);
        return (html, pdf, Regex.Replace(ExternalTools.PdfText(pdf), @"\s+", " "));
    }

    [Fact]
    public void Report_BundledExample_PdfShowsTheActionableEtv6Ntrk3()
    {
        var (html, pdf, text) = Render(TestFiles.Example("expected_fusions.tsv"), TestFiles.Example("sample.yaml"), TestFiles.Data("stats.json"), "example");
        Assert.Contains("POSITIVE: NTRK gene fusion detected", text);
        Assert.Contains("ETV6::NTRK3", text);
        Assert.Contains("ENST00000396373(ETV6):e.5::ENST00000360948(NTRK3):e.15", text);
        Assert.Contains("5 :: 15", text);
        Assert.Contains("in-frame, kinase domain retained", text);
        Assert.Contains("Tier I (strong clinical significance), level A", text);
        Assert.Contains("larotrectinib (VITRAKVI)", text);
        Assert.Contains("NTRK3 (HGNC:8033)", text);
        Assert.Contains("ETV6 (HGNC:3495)", text);
        // The diagram is in the PDF: its own labels are there as text.
        Assert.Contains("Fused protein: 648 aa (ETV6 residues 1-336 joined to NTRK3 from residue 529)", text);
        Assert.Contains("30 split reads, 14 spanning pairs", text);
        Assert.Contains("<svg", File.ReadAllText(html));
        // Offline: no external resource of any kind.
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", File.ReadAllText(html));
        AssertPagesA4NumberedUnclipped(pdf, text, "example");
    }

    [Fact]
    public void Report_PartnerUnknown_StatedAsSuchWithSequenceAndConfirmation()
    {
        var (_, pdf, text) = Render(TestFiles.Data("partner_unknown_fusions.tsv"), TestFiles.Example("sample.yaml"), null, "partner");
        Assert.Contains("INDETERMINATE: NTRK fusion call not established; confirmation required", text);
        Assert.Contains(".::NTRK3", text);
        Assert.Contains("?::ENST00000360948(NTRK3):e.15", text);
        Assert.Contains("NTRK fusion with an unidentified 5' partner", text);
        Assert.Contains("GGCTTCAGTGACCTTAGCAACTGAACCGATTCACAGGCTC|ATGTGCAGCACATT", text.Replace(" ", ""));
        Assert.Contains("Recommended confirmation: identify the partner by an orthogonal assay", text);
        Assert.Contains("Tier not assigned", text);
        Assert.DoesNotContain("Therapy: larotrectinib", text);
        Assert.Contains("5' partner not identified", text);
        AssertPagesA4NumberedUnclipped(pdf, text, "partner");
    }

    [Fact]
    public void Report_NoFusion_NegativeWithItsLimitsAndNextTest()
    {
        var (_, pdf, text) = Render(TestFiles.Data("negative_fusions.tsv"), TestFiles.Data("sample_negative.yaml"), null, "negative");
        Assert.Contains("NEGATIVE: no NTRK1, NTRK2 or NTRK3 fusion detected", text);
        Assert.Contains("A negative result does not exclude an NTRK fusion", text);
        Assert.Contains("Only fusions whose genes are in Trek's index are detected", text);
        Assert.Contains("degraded (e.g. FFPE) RNA or low expression can give a false negative", text);
        // trek test-route with RNA NGS negative: "An adequate RNA-based NGS result is the reference negative" (ESMO 2019).
        Assert.Contains("conclusion no fusion detected", text);
        Assert.Contains("An adequate RNA-based NGS result is the reference negative", text);
        Assert.DoesNotContain("larotrectinib (VITRAKVI), approved", text);
        AssertPagesA4NumberedUnclipped(pdf, text, "negative");
    }

    /// <summary>
    /// A4 pages (210 x 297 mm), "Page i of n" on each, and nothing printed in the right-hand 8 mm of the page: text
    /// that overflowed its box would run into that strip (the CSS right margin is 14 mm).
    /// </summary>
    private void AssertPagesA4NumberedUnclipped(string pdf, string text, string name)
    {
        var pngs = ExternalTools.PdfToPng(pdf, Path.Combine(_dir, name), 50);
        Assert.NotEmpty(pngs);
        foreach (var png in pngs)
        {
            var (w, h) = ExternalTools.PngSize(png);
            Assert.InRange((double)h / w, 1.40, 1.43); // 297 / 210 = 1.414
        }

        for (var i = 1; i <= pngs.Length; i++)
        {
            Assert.Contains($"Page {i} of {pngs.Length}", text);
            var (pw, ph, pixels) = ExternalTools.PdfPageGrey(pdf, i, 50, Path.Combine(_dir, $"{name}-grey-{i}"));
            var strip = (int)(8 / 25.4 * 50);
            for (var y = 0; y < ph; y++)
            {
                for (var x = pw - strip; x < pw; x++)
                {
                    Assert.True(pixels[(y * pw) + x] > 245, $"page {i}: ink at x={x}, y={y} in the right margin");
                }
            }
        }
    }
}
