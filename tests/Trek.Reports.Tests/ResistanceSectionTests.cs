using System.Text.RegularExpressions;
using Trek.Clinical.Resistance;
using Trek.Core;
using Trek.Reports.Fusions;
using Trek.Reports.Html;
using Trek.Reports.Interpretation;
using Trek.Reports.Pdf;
using Trek.Reports.Resistance;
using Trek.Reports.Samples;

namespace Trek.Reports.Tests;

/// <summary>
/// `trek report --resistance`: the findings of `trek resistance` read back (its --json output, kept as golden files by the
/// CLI tests, or a VCF through the same library use case) and printed in their own section with their sources.
/// </summary>
public sealed class ResistanceSectionTests
{
    private static string Golden(string name) => Path.Combine(TestFiles.Repo(), "tests", "Trek.Cli.Tests", "golden", "clinical", name);

    /// <summary>snpEff-annotated VCF of the clinical tests: NTRK1 p.Gly589Arg / p.Gly595Arg (two transcripts), p.Gly667Cys, BRAF, TP53, an NTRK3 frameshift.</summary>
    private static string Vcf => Path.Combine(TestFiles.Repo(), "tests", "Trek.Clinical.Tests", "data", "snpeff_ann.vcf");

    private readonly string _dir = TestFiles.Scratch("resistance");

    [Fact]
    public void Read_OneVariantJson_TheCallAsWritten()
    {
        var s = ResistanceReader.Read(Golden("resistance_solvent_front.json"));
        var f = Assert.Single(s.Passing);
        Assert.Null(f.Located);
        Assert.Equal(("NTRK1", "p.G595R", MutationClass.SolventFront), (f.Call.Gene, f.Call.Hgvsp, f.Call.Class));
        Assert.Equal(3, f.Call.Rules.Count);
        Assert.Empty(s.FailingFilter);
    }

    [Fact]
    public void Read_VcfReportJson_PassingFailingAndRefusedKept()
    {
        var s = ResistanceReader.Read(Golden("resistance_vcf.json"));
        var json = File.ReadAllText(Golden("resistance_vcf.json"));
        // Counts as in the golden document itself.
        Assert.Equal(Regex.Matches(json, "\"line\": ").Count, s.Passing.Count + s.FailingFilter.Count + s.Refused);
        Assert.All(s.Passing, f => Assert.NotNull(f.Located));
    }

    /// <summary>A VCF goes through VcfResistance.Interpret, the use case of `trek resistance -i`: the same calls, nothing re-interpreted.</summary>
    [Fact]
    public void Read_Vcf_SameCallsAsTheLibraryUseCase()
    {
        var s = ResistanceReader.Read(Vcf);
        VcfResistanceReport direct;
        using (var reader = new StreamReader(Vcf))
        {
            direct = VcfResistance.Interpret(reader, Vcf);
        }

        Assert.Equal(TrekJson.Serialize(direct.Passing.Select(v => v.Call)), TrekJson.Serialize(s.Passing.Select(f => f.Call)));
        Assert.Equal(direct.Refused.Count, s.Refused);
        Assert.NotEmpty(s.Passing);
    }

    [Fact]
    public void Read_JsonWithUnknownKey_Refused()
    {
        var path = Path.Combine(_dir, "extra.json");
        File.WriteAllText(path, File.ReadAllText(Golden("resistance_solvent_front.json")).Replace("\"gene\":", "\"tumour\": \"x\",\n  \"gene\":", StringComparison.Ordinal));
        var ex = Assert.Throws<InputException>(() => ResistanceReader.Read(path));
        Assert.Contains("tumour", ex.Message);
    }

    [Fact]
    public void Read_NeitherJsonNorVcf_Refused()
    {
        var path = Path.Combine(_dir, "x.tsv");
        File.WriteAllText(path, "gene\tvariant\nNTRK1\tp.G595R\n");
        var ex = Assert.Throws<InputException>(() => ResistanceReader.Read(path));
        Assert.Contains("trek resistance --json", ex.Message);
    }

    /// <summary>The section on the printed page: each variant, its class, the next-generation answer and the rules' sources.</summary>
    [Fact]
    public void Report_WithResistance_PdfShowsSectionAndSources()
    {
        var report = ReportBuilder.Build(FusionTableReader.Read(TestFiles.Example("expected_fusions.tsv")), SampleReader.Read(TestFiles.Example("sample.yaml")), null, null, new DateOnly(2026, 12, 3))
            with { Resistance = ResistanceReader.Read(Golden("resistance_solvent_front.json")) };
        var html = Path.Combine(_dir, "r.html");
        using (var w = new StreamWriter(html))
        {
            HtmlReportWriter.Write(w, report, new Dictionary<long, Diagram.FusionDiagram>());
        }

        var pdf = Path.Combine(_dir, "r.pdf");
        ChromiumPdf.Print(html, pdf);
        var text = Regex.Replace(ExternalTools.PdfText(pdf), @"\s+", " ");
        Assert.Contains("Resistance findings", text);
        Assert.Contains("NTRK1 p.G595R", text);
        Assert.Contains("solvent front (on target)", text);
        // The table pairs header and answer in the HTML; pdftotext orders table cells by column, so the PDF is checked for the header.
        Assert.Contains("<tr><th>Type I next generation TRK inhibitors</th><td>overcome it</td></tr>", File.ReadAllText(html));
        Assert.Contains("Type I next generation", text); // the header cell wraps; its first line is one text run
        Assert.Contains("Source: Drilon A et al. A next-generation TRK kinase inhibitor overcomes acquired resistance", text);
        Assert.Contains("Source: Manning G et al. The protein kinase complement of the human genome", text);
    }

    [Fact]
    public void Report_WithoutResistance_NoSection()
    {
        var report = ReportBuilder.Build(FusionTableReader.Read(TestFiles.Example("expected_fusions.tsv")), SampleInfo.Empty, null, null, new DateOnly(2026, 12, 3));
        var w = new StringWriter();
        HtmlReportWriter.Write(w, report, new Dictionary<long, Diagram.FusionDiagram>());
        Assert.DoesNotContain("Resistance findings", w.ToString());
    }
}
