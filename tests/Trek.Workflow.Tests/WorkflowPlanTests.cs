namespace Trek.Workflow.Tests;

/// <summary>The plan before anything runs: the shipped example's dry run, and a sample sheet refused by its schema with the row named.</summary>
public sealed class WorkflowPlanTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-workflow-plan").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void DryRun_ShippedExampleInsideWorkflowDirectory_PlansIndexFusionsCohort()
    {
        // As README says: `cd workflow && snakemake -n` (config/config.yaml, config/samples.tsv of examples/pizzly-spikein).
        var (code, output) = Snakemake.Run(Path.Combine(Fixtures.Repo(), "workflow"), "-n");
        Assert.True(code == 0, output);
        Assert.Matches(@"(?m)^index\s+1\b", output);
        Assert.Matches(@"(?m)^fusions\s+1\b", output);
        Assert.Matches(@"(?m)^cohort\s+1\b", output);
        Assert.Contains("wildcards: sample=SRR1659964", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^report\s+\d", output);
    }

    [Fact]
    public void DryRun_ReportEnabled_PlansOneReportPerSample()
    {
        // config `report: true` adds `trek report` per sample (one sample in the shipped sheet); the default plans none (test above).
        var (code, output) = Snakemake.Run(Path.Combine(Fixtures.Repo(), "workflow"), "-n", "--config", "report=True");
        Assert.True(code == 0, output);
        Assert.Matches(@"(?m)^report\s+1\b", output);
        Assert.Contains("results/samples/SRR1659964/report.html", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_SlurmProfile_KeysAreSnakemakeOptions()
    {
        // The SLURM profile cannot be run here (no cluster); its dry run checks that every key is an option Snakemake 7.21 knows.
        var (code, output) = Snakemake.Run(Path.Combine(Fixtures.Repo(), "workflow"), "-n", "--profile", "profiles/slurm");
        Assert.True(code == 0, output);
        Assert.Matches(@"(?m)^fusions\s+1\b", output);
    }

    [Theory]
    [InlineData("sample\tfastq_1\tfastq_2\tbatch\nA\ta.fq\tb.fq\t1\nB C\ta.fq\tb.fq\t2\n", "line 3 (sample 'B C'): 'B C' does not match")]
    [InlineData("sample\tfastq_1\tfastq2\nA\ta.fq\tb.fq\n", "line 2 (sample 'A'): 'fastq_2' is a required property")]
    [InlineData("sample\tfastq_1\tfastq_2\nA\ta.fq\tb.fq\nA\tc.fq\td.fq\n", "line 3: sample 'A' appears twice")]
    [InlineData("sample\tfastq_1\tfastq_2\nA\ta.fq\n", "line 2: 2 fields but the header has 3")]
    public void DryRun_BadSampleSheet_RefusedNamingTheRow(string sheet, string message)
    {
        var path = Path.Combine(_dir, "samples.tsv");
        File.WriteAllText(path, sheet);
        var (code, output) = Snakemake.Run(_dir, "-s", Snakemake.Snakefile, "-n", "--config", $"samples={path}");
        Assert.NotEqual(0, code);
        Assert.Contains($"{path} {message}", output);
        Assert.DoesNotContain("Job stats", output);
    }

    [Fact]
    public void DryRun_ConfigValueOutOfRange_RefusedBySchema()
    {
        var (code, output) = Snakemake.Run(Path.Combine(Fixtures.Repo(), "workflow"), "-n", "--config", "threads=0");
        Assert.NotEqual(0, code);
        Assert.Contains("0 is less than the minimum of 1", output);
    }
}
