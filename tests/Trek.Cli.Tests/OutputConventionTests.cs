using Trek.Cli.Tests.Safety;

namespace Trek.Cli.Tests;

/// <summary>
/// The output convention of docs/cli.md (issue 16) as the decision-support commands apply it through
/// DocumentOptions: `-o FILE|-`, `--format` limited to what the command writes with `--json` as an
/// alias, `-i FILE|-` (eligibility keeps its positional record), all files through CommandFiles.
/// </summary>
public sealed class OutputConventionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-convention-").FullName;

    // Label 2.2 worked case used throughout Trek's tests: 60 cm / 6 kg -> Mosteller BSA 0.3162 m2 -> 31.6 mg.
    private static readonly string[] Dose = ["dose", "--height-cm", "60", "--weight-kg", "6"];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void FormatJson_SameBytesAsJsonAlias()
    {
        var alias = CliHarness.Run([.. Dose, "--json"]);
        var format = CliHarness.Run([.. Dose, "--format", "json"]);
        var both = CliHarness.Run([.. Dose, "--format", "json", "--json"]);
        Assert.Equal(0, format.Code);
        Assert.Contains("\"dose_mg\": 31.6", format.Out);
        Assert.Equal(alias.Out, format.Out);
        Assert.Equal(alias.Out, both.Out);
    }

    [Theory]
    [InlineData("dose", "tsv")]
    [InlineData("test-route", "csv")]
    [InlineData("eligibility", "xml")]
    [InlineData("resistance", "tsv")]
    public void UnsupportedFormat_OneLineExit1(string command, string format)
    {
        // dose's own required options first, so the only mistake left is the format.
        string[] args = command == "dose" ? [.. Dose, "--format", format] : [command, "--format", format];
        var (code, stdout, err) = CliHarness.Run(args);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal([$"trek: error: --format {format}: `trek {command}` writes text, json", $"see `trek {command} --help`"], err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void JsonWithFormatText_Contradiction_Exit1()
    {
        var (code, stdout, err) = CliHarness.Run([.. Dose, "--json", "--format", "text"]);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith("trek: error: --json is --format json; it contradicts --format text", err);
    }

    [Fact]
    public void OutputFile_HoldsWhatStdoutWouldShow_StdoutEmpty()
    {
        var path = Path.Combine(_dir, "dose.txt");
        var (code, stdout, _) = CliHarness.Run([.. Dose, "-o", path]);
        Assert.Equal(0, code);
        Assert.Empty(stdout);
        Assert.Equal(CliHarness.Run(Dose).Out, File.ReadAllText(path));
        Assert.Contains("31.6 mg", File.ReadAllText(path));
    }

    [Fact]
    public void OutputInMissingFolder_Exit3_NothingCreated()
    {
        var path = Path.Combine(_dir, "no", "such", "dose.txt");
        var (code, stdout, err) = CliHarness.Run([.. Dose, "-o", path]);
        Assert.Equal(3, code);
        Assert.Empty(stdout);
        Assert.StartsWith("trek: error:", err);
        Assert.False(Directory.Exists(Path.Combine(_dir, "no")));
    }

    [Fact]
    public void Eligibility_DashI_SameAsPositional_OutputOverInputRefused()
    {
        var record = Path.Combine(_dir, "patient.yaml");
        File.WriteAllText(record, "patient_id: P1\nbirth_date: 2026-01-10\nassessment_date: 2026-11-24\ntumour_category: solid\n");
        var positional = CliHarness.Run("eligibility", record, "--json");
        var dashI = CliHarness.Run("eligibility", "-i", record, "--json");
        Assert.Equal(0, dashI.Code);
        Assert.Equal(positional.Out, dashI.Out);

        var before = CliHarness.Snapshot(_dir);
        var (code, stdout, err) = CliHarness.Run("eligibility", "-i", record, "-o", record);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("would overwrite the input --input", err);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);

        (code, _, err) = CliHarness.Run("eligibility", record, "-i", record);
        Assert.Equal(1, code);
        Assert.StartsWith("trek: error: the record is given twice", err);

        (code, _, err) = CliHarness.Run("eligibility");
        Assert.Equal(1, code);
        Assert.StartsWith("trek: error: give the patient record with -i FILE", err);
    }

    [Fact]
    public void Resistance_VcfIsAnAliasOfDashI()
    {
        var vcf = Path.Combine(_dir, "a.vcf");
        // snpEff ANN layout (snpEff manual, "ANN field"); NTRK1 G595R is the solvent-front mutation (Drilon 2017).
        File.WriteAllText(vcf, "##fileformat=VCFv4.2\n##INFO=<ID=ANN,Number=.,Type=String,Description=\"Functional annotations: 'Allele | Annotation | Annotation_Impact | Gene_Name | Gene_ID | Feature_Type | Feature_ID | Transcript_BioType | Rank | HGVS.c | HGVS.p'\">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            + "1\t156874500\t.\tG\tC\t50\tPASS\tANN=C|missense_variant|MODERATE|NTRK1|NTRK1|transcript|NM_002529.4|protein_coding|14/17|c.1783G>C|p.Gly595Arg\n");
        var old = CliHarness.Run("resistance", "--vcf", vcf, "--json");
        var dashI = CliHarness.Run("resistance", "-i", vcf, "--format", "json");
        Assert.Equal(0, dashI.Code);
        Assert.Contains("\"class\": \"solvent_front\"", dashI.Out);
        Assert.Equal(old.Out, dashI.Out);
    }
}
