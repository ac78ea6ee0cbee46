namespace Trek.Cli.Tests.Safety;

/// <summary>
/// Issue 15, "silently accepted nonsense", for `trek fusions` and `trek index`: each refused with one
/// line and exit 1 (or 3 for a missing file), inputs intact, no temporary file, no output.
/// </summary>
public sealed class FusionArgumentTests : IClassFixture<IndexFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-args-").FullName;
    private readonly IndexFixture _index;

    public FusionArgumentTests(IndexFixture index)
    {
        _index = index;
        File.Copy(CliHarness.Example("reads_1.fastq.gz"), Path.Combine(_dir, "r1.fq.gz"));
        File.Copy(CliHarness.Example("reads_2.fastq.gz"), Path.Combine(_dir, "r2.fq.gz"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(new[] { "--threads", "0" }, "--threads 0: give 1 to 256")]
    [InlineData(new[] { "--threads", "257" }, "--threads 257: give 1 to 256")]
    [InlineData(new[] { "--threads", "100000" }, "--threads 100000: give 1 to 256")]
    [InlineData(new[] { "--min-support", "-1" }, "--min-support -1: give at least 1 fragment")]
    [InlineData(new[] { "--min-support", "0" }, "--min-support 0: give at least 1 fragment")]
    [InlineData(new[] { "--min-anchor", "0" }, "--min-anchor 0: give at least 1 base")]
    [InlineData(new[] { "--max-mismatch-rate", "NaN" }, "--max-mismatch-rate NaN: give a fraction from 0 up to (not including) 0.5")]
    [InlineData(new[] { "--max-mismatch-rate", "-0.01" }, "--max-mismatch-rate -0.01: give a fraction")]
    [InlineData(new[] { "--max-mismatch-rate", "0.5" }, "--max-mismatch-rate 0.5: give a fraction")]
    [InlineData(new[] { "--sample", "a\tb" }, "--sample: the name contains a tab, newline or other control character")]
    [InlineData(new[] { "--sample", "S1\n#gene1" }, "--sample: the name contains a tab, newline or other control character")]
    [InlineData(new[] { "--sample", " " }, "--sample: the name is empty")]
    [InlineData(new[] { "--novel-genes", "NTRK4" }, "--novel-genes: no gene `NTRK4` in the index; did you mean `NTRK3`?")]
    [InlineData(new[] { "--novel-genes", "ntrk3" }, "--novel-genes: no gene `ntrk3` in the index; gene names are case-sensitive: did you mean `NTRK3`?")]
    [InlineData(new[] { "--novel-genes", "" }, "--novel-genes: the gene list is empty")]
    [InlineData(new[] { "--novel-genes", "NTRK3 ETV6" }, "--novel-genes: `NTRK3 ETV6` is not a gene name")]
    public void Fusions_NonsenseParameter_RefusedOneLine(string[] extra, string expected)
    {
        var before = CliHarness.Snapshot(_dir);
        var output = Path.Combine(_dir, "calls.tsv");
        var (code, stdout, err) = CliHarness.Run(["fusions", "--index", _index.Index, "--r1", Path.Combine(_dir, "r1.fq.gz"), "--r2", Path.Combine(_dir, "r2.fq.gz"), "-o", output, .. extra]);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("trek: error: " + expected, lines.Single(l => l.StartsWith("trek: error:", StringComparison.Ordinal)));
        Assert.Equal("see `trek fusions --help`", lines[^1]);
        Assert.False(File.Exists(output));
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }

    [Fact]
    public void Fusions_MistypedGeneFilePath_IsNotTakenAsAGeneName()
    {
        var (code, _, err) = CliHarness.Run("fusions", "--index", _index.Index, "--r1", Path.Combine(_dir, "r1.fq.gz"), "--r2", Path.Combine(_dir, "r2.fq.gz"), "-o", Path.Combine(_dir, "x.tsv"), "--novel-genes", "kinases.txt");
        Assert.Equal(3, code);
        Assert.Equal("trek: error: no such file: --novel-genes kinases.txt: no such gene-list file", err.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("panel.txt")]
    [InlineData("panels/trk")]
    public void Index_EmptyGenesOrMistypedPanelFile_Refused(string genes)
    {
        var output = Path.Combine(_dir, "idx");
        var (code, _, err) = CliHarness.Run("index", "--fasta", CliHarness.Example("transcripts.fasta.gz"), "--gtf", CliHarness.Example("transcripts.gtf.gz"), "-o", output, "--genes", genes);
        Assert.Equal(genes.Length == 0 ? 1 : 3, code);
        Assert.Contains(genes.Length == 0 ? "--genes: the gene list is empty" : $"--genes {genes}: no such gene-list file", err);
        Assert.False(File.Exists(Path.Combine(output, "trek.idx")));
    }

    [Fact]
    public void Fusions_ValidParametersAtTheBounds_Accepted()
    {
        // The edges themselves are allowed: 256 threads, support 1, mismatch rate 0.
        var output = Path.Combine(_dir, "calls.tsv");
        var (code, _, err) = CliHarness.Run("fusions", "--index", _index.Index, "--r1", Path.Combine(_dir, "r1.fq.gz"), "--r2", Path.Combine(_dir, "r2.fq.gz"), "-o", output,
            "--threads", "256", "--min-support", "1", "--max-mismatch-rate", "0", "--novel-genes", "NTRK3,ETV6", "--sample", "S-1");
        Assert.True(code == 0, err);
        Assert.Contains("##sample=S-1", File.ReadAllText(output));
        Assert.Empty(CliHarness.TempFilesIn(_dir));
    }
}
