using System.Text.Json;
using Trek.Cli.Tests.Safety;

namespace Trek.Cli.Tests;

/// <summary>
/// `trek report` publishes the HTML, the PDF and the FHIR bundle through CommandFiles: an output naming an input, or two
/// outputs naming one file, is refused in one line (exit 1) with nothing written; the bundle is reproducible with --date.
/// </summary>
public sealed class ReportCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-report-cli-").FullName;

    public ReportCliTests()
    {
        File.Copy(CliHarness.Example("expected_fusions.tsv"), P("fusions.tsv"));
        File.Copy(CliHarness.Example("sample.yaml"), P("sample.yaml"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    [Theory]
    [InlineData("--fhir", "fusions.tsv", "--fhir {0} would overwrite the input --fusions")]
    [InlineData("--fhir", "sample.yaml", "--fhir {0} would overwrite the input --sample")]
    [InlineData("--pdf", "fusions.tsv", "--pdf {0} would overwrite the input --fusions")]
    public void Report_OutputNamesAnInput_RefusedNothingWritten(string option, string target, string expected)
    {
        var before = CliHarness.Snapshot(_dir);
        var (code, stdout, err) = CliHarness.Run("report", "--fusions", P("fusions.tsv"), "--sample", P("sample.yaml"), "-o", P("r.html"), option, P(target));
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, P(target)), err.Split('\n')[0]);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
        Assert.False(File.Exists(P("r.html")));
    }

    [Fact]
    public void Report_DashIAndDefaultOutput_HtmlOnStdoutSameAsFile()
    {
        // docs/cli.md: -i is the main input, -o defaults to standard output for a document.
        var (code, stdout, err) = CliHarness.Run("report", "-i", P("fusions.tsv"), "--sample", P("sample.yaml"), "--date", "2026-12-03");
        Assert.True(code == 0, err);
        Assert.Equal(0, CliHarness.Run("report", "--fusions", P("fusions.tsv"), "--sample", P("sample.yaml"), "--date", "2026-12-03", "-o", P("r.html")).Code);
        Assert.Equal(File.ReadAllText(P("r.html")), stdout);
        Assert.Contains("ETV6::NTRK3", stdout);
    }

    [Fact]
    public void Export_DefaultOutputIsStdout_OutputOverInputRefused()
    {
        var (code, stdout, err) = CliHarness.Run("export", "-i", P("fusions.tsv"), "--format", "vcf", "--build", "GRCh38");
        Assert.True(code == 0, err);
        // The spike-in ETV6::NTRK3 5' breakend, 12:11869969 (Tembe et al. 2014), as a VCF 4.3 BND record.
        Assert.Contains("\n12\t11869969\t", stdout);

        var before = CliHarness.Snapshot(_dir);
        var link = P("link.tsv");
        File.CreateSymbolicLink(link, P("fusions.tsv"));
        (code, stdout, err) = CliHarness.Run("export", "--fusions", P("fusions.tsv"), "--format", "vcf", "-o", link);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains($"would overwrite the input --fusions {P("fusions.tsv")}", err.Split('\n')[0]);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }

    [Fact]
    public void Report_FhirAndHtmlSameFile_Refused()
    {
        var (code, _, err) = CliHarness.Run("report", "--fusions", P("fusions.tsv"), "-o", P("r.html"), "--fhir", P("sub/../r.html"));
        Assert.Equal(1, code);
        Assert.Contains("name the same output file", err);
        Assert.False(File.Exists(P("r.html")));
    }

    [Fact]
    public void Report_Fhir_BundleWrittenAndReproducible()
    {
        string Run(string name)
        {
            var (code, _, err) = CliHarness.Run("report", "--fusions", P("fusions.tsv"), "--sample", P("sample.yaml"), "--date", "2026-12-03", "-o", P(name + ".html"), "--fhir", P(name + ".json"));
            Assert.True(code == 0, err);
            return File.ReadAllText(P(name + ".json"));
        }

        var first = Run("a");
        Assert.Equal(first, Run("b"));
        using var doc = JsonDocument.Parse(first);
        Assert.Equal("Bundle", doc.RootElement.GetProperty("resourceType").GetString());
        var report = doc.RootElement.GetProperty("entry")[0].GetProperty("resource");
        Assert.Equal("DiagnosticReport", report.GetProperty("resourceType").GetString());
        Assert.Equal("POSITIVE: NTRK gene fusion detected", report.GetProperty("conclusion").GetString());
        Assert.False(report.TryGetProperty("presentedForm", out _)); // no --pdf, no PDF to embed
    }

    [Fact]
    public void Report_Resistance_SectionInTheHtml()
    {
        // CliHarness.Example resolves from the harness file, so the repository is two folders above the example folder.
        var golden = Path.GetFullPath(Path.Combine(CliHarness.Example("."), "..", "..", "tests", "Trek.Cli.Tests", "golden", "clinical", "resistance_solvent_front.json"));
        var (code, _, err) = CliHarness.Run("report", "--fusions", P("fusions.tsv"), "--resistance", golden, "--date", "2026-12-03", "-o", P("r.html"));
        Assert.True(code == 0, err);
        var html = File.ReadAllText(P("r.html"));
        Assert.Contains("<h2>Resistance findings</h2>", html);
        Assert.Contains("<h3>NTRK1 p.G595R</h3>", html);
    }

    [Fact]
    public void Report_ResistanceNotJsonNorVcf_RefusedExit2()
    {
        var (code, _, err) = CliHarness.Run("report", "--fusions", P("fusions.tsv"), "--resistance", P("sample.yaml"), "-o", P("r.html"));
        Assert.Equal(2, code);
        Assert.Contains("trek resistance --json", err);
        Assert.False(File.Exists(P("r.html")));
    }
}
