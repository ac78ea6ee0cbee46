using System.Diagnostics;

namespace Trek.Cli.Tests.Safety;

/// <summary>
/// Issue 15, "an input is destroyed": an output path that names an input (directly, through a
/// symbolic or hard link, or inside the index directory) is refused with one line and exit 1; the
/// inputs are byte-identical afterwards and no temporary file remains.
/// </summary>
public sealed class OutputAliasingTests : IClassFixture<IndexFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-aliasing-").FullName;
    private readonly string _index;

    public OutputAliasingTests(IndexFixture fixture)
    {
        _index = Path.Combine(_dir, "idx");
        Directory.CreateDirectory(_index);
        foreach (var f in Directory.GetFiles(fixture.Index))
        {
            File.Copy(f, Path.Combine(_index, Path.GetFileName(f)));
        }

        File.Copy(CliHarness.Example("reads_1.fastq.gz"), Path.Combine(_dir, "r1.fq.gz"));
        File.Copy(CliHarness.Example("reads_2.fastq.gz"), Path.Combine(_dir, "r2.fq.gz"));
        File.CreateSymbolicLink(Path.Combine(_dir, "link-to-r1.fq.gz"), Path.Combine(_dir, "r1.fq.gz"));
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        using var ln = Process.Start("ln", [Path.Combine(_dir, "r2.fq.gz"), Path.Combine(_dir, "hard-r2.fq.gz")]);
        ln.WaitForExit();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    [Theory]
    [InlineData("-o", "r1.fq.gz", "would overwrite the input --r1 ")]
    [InlineData("-o", "r2.fq.gz", "would overwrite the input --r2")]
    [InlineData("-o", "link-to-r1.fq.gz", "would overwrite the input --r1")]
    [InlineData("-o", "hard-r2.fq.gz", "would overwrite the input --r2")]
    [InlineData("-o", "sub/../r1.fq.gz", "would overwrite the input --r1")]
    [InlineData("-o", "idx/trek.idx", "would overwrite the input --index")]
    [InlineData("-o", "idx/manifest.json", "would overwrite the input --index")]
    [InlineData("--discarded", "r2.fq.gz", "would overwrite the input --r2 ")]
    public void Fusions_OutputNamesAnInput_RefusedOneLineInputsIntact(string option, string target, string expected)
    {
        var before = CliHarness.Snapshot(_dir);
        var args = new List<string> { "fusions", "--index", _index, "--r1", P("r1.fq.gz"), "--r2", P("r2.fq.gz") };
        if (option == "--discarded")
        {
            args.AddRange(["-o", P("calls.tsv")]);
        }

        // The target is given relative to the working folder of the run, as a user types it.
        args.AddRange([option, Path.GetRelativePath(Environment.CurrentDirectory, P(target))]);
        var (code, stdout, err) = CliHarness.Run([.. args]);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("trek: error: ", lines[0]);
        Assert.Contains(expected, lines[0]);
        Assert.Equal("see `trek fusions --help`", lines[1]);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
        Assert.False(File.Exists(P("calls.tsv")));
    }

    [Fact]
    public void Fusions_OutputAndDiscardedSameFile_Refused()
    {
        var before = CliHarness.Snapshot(_dir);
        var (code, _, err) = CliHarness.Run("fusions", "--index", _index, "--r1", P("r1.fq.gz"), "--r2", P("r2.fq.gz"), "-o", P("x.tsv"), "--discarded", P("sub/../x.tsv"));
        Assert.Equal(1, code);
        Assert.Contains("name the same output file", err);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
        Assert.False(File.Exists(P("x.tsv")));
    }

    [Fact]
    public void Index_OutputFolderHoldsAnInputNamedTrekIdx_Refused()
    {
        // The FASTA handed to `trek index` lives in the output folder under the name the index would take.
        var outDir = Directory.CreateDirectory(P("newidx")).FullName;
        File.Copy(CliHarness.Example("transcripts.fasta.gz"), Path.Combine(outDir, "trek.idx"));
        var before = CliHarness.Snapshot(_dir);
        var (code, _, err) = CliHarness.Run("index", "--fasta", Path.Combine(outDir, "trek.idx"), "--gtf", CliHarness.Example("transcripts.gtf.gz"), "-o", outDir);
        Assert.Equal(1, code);
        Assert.Contains("--output " + Path.Combine(outDir, "trek.idx") + " would overwrite the input --fasta", err);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
        Assert.False(File.Exists(Path.Combine(outDir, "manifest.json")));
    }

    [Fact]
    public void Index_OutputFolderIsTheInputFasta_RefusedBeforeBuilding()
    {
        // `-o` names the FASTA itself: one usage line up front (it was exit 3 "already exists" after the whole build).
        var fasta = P("transcripts.fasta.gz");
        File.Copy(CliHarness.Example("transcripts.fasta.gz"), fasta);
        var before = CliHarness.Snapshot(_dir);
        var (code, stdout, err) = CliHarness.Run("index", "--fasta", fasta, "--gtf", CliHarness.Example("transcripts.gtf.gz"), "-o", fasta);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith("trek: error: --output " + fasta + " is a file, not a folder", err);
        Assert.DoesNotContain("distinct 31-mers", err);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }

    [Fact]
    public void Index_OutputFolderParentMissing_Exit3NothingCreated()
    {
        var (code, _, err) = CliHarness.Run("index", "--fasta", CliHarness.Example("transcripts.fasta.gz"), "--gtf", CliHarness.Example("transcripts.gtf.gz"), "-o", P("no/such/idx"));
        Assert.Equal(3, code);
        Assert.Contains("does not exist", err);
        Assert.False(Directory.Exists(P("no")));
    }

    [Theory]
    [InlineData("-o")]
    [InlineData("--visits")]
    [InlineData("--waterfall")]
    public void Response_WritingOverItsOwnCsv_Refused(string option)
    {
        var csv = P("lesions.csv");
        File.WriteAllText(csv, "subject,date,lesion,kind,organ,node,diameter_mm,status\nP1,2024-01-01,L1,target,lung,no,50,\nP1,2024-02-26,L1,target,lung,no,20,\n");
        var before = CliHarness.Snapshot(_dir);
        var (code, stdout, err) = CliHarness.Run("response", "-i", csv, option, csv);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains($"{(option == "-o" ? "--output" : option)} {csv} would overwrite the input --input {csv}", err);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }

    [Fact]
    public void Fusions_SameFileForBothMates_Refused()
    {
        var before = CliHarness.Snapshot(_dir);
        var (code, _, err) = CliHarness.Run("fusions", "--index", _index, "--r1", P("r1.fq.gz"), "--r2", P("link-to-r1.fq.gz"), "-o", P("x.tsv"));
        Assert.Equal(1, code);
        Assert.Contains("--r1 " + P("r1.fq.gz") + " and --r2 " + P("link-to-r1.fq.gz") + " name the same file", err);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }

    [Fact]
    public void Fusions_StdinForBothMates_Refused()
    {
        var (code, _, err) = CliHarness.Run("fusions", "--index", _index, "--r1", "-", "--r2", "-", "-o", P("x.tsv"));
        Assert.Equal(1, code);
        Assert.Contains("--r1 and --r2 cannot both be - (standard input holds one file)", err);
        Assert.Empty(CliHarness.TempFilesIn(_dir));
    }

    [Fact]
    public void Fusions_BothOutputsToStdout_Refused()
    {
        var (code, stdout, err) = CliHarness.Run("fusions", "--index", _index, "--r1", P("r1.fq.gz"), "--r2", P("r2.fq.gz"), "-o", "-", "--discarded", "-");
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("only one of -o, --discarded and --stats can be - (standard output)", err);
    }

    [Fact]
    public void Fusions_EmptyOutputPath_UsageError()
    {
        var (code, _, err) = CliHarness.Run("fusions", "--index", _index, "--r1", P("r1.fq.gz"), "--r2", P("r2.fq.gz"), "-o", "");
        Assert.Equal(1, code);
        Assert.StartsWith("trek: error: --output: the path is empty", err);
    }

    [Fact]
    public void Fusions_OutputFolderMissing_Exit3AndNoFolderCreated()
    {
        var before = CliHarness.Snapshot(_dir);
        var (code, _, err) = CliHarness.Run("fusions", "--index", _index, "--r1", P("r1.fq.gz"), "--r2", P("r2.fq.gz"), "-o", P("no/such/dir/a.tsv"));
        Assert.Equal(3, code);
        Assert.Equal($"trek: error: {P("no/such/dir/a.tsv")}: folder {P("no/such/dir")} does not exist (Trek does not create it)", err.Trim().Split('\n')[^1]);
        Assert.False(Directory.Exists(P("no")));
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }
}
