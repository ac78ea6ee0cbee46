using System.IO.Compression;
using System.Text;

namespace Trek.Workflow.Tests;

/// <summary>
/// A small cohort in a temporary directory, from ../shared/data: the spike-in reads (9 fusions), their first 300 pairs,
/// FusionCatcher's test reads (other spike-ins), Arriba's BCR-ABL1 reads (no fusion on this index) and, when asked,
/// a sample whose read-2 file is a gzip cut in half. Writes the sheet and a config.yaml for workflow/Snakefile.
/// </summary>
internal sealed class WorkflowCohort : IDisposable
{
    public static readonly string[] Good = ["spikein", "spikein_head", "fc", "nofusion"];

    public WorkflowCohort(bool withCorrupt)
    {
        Dir = Directory.CreateTempSubdirectory("trek-workflow-run").FullName;
        var pizzly = Fixtures.Shared("pizzly_test");
        var head1 = Path.Combine(Dir, "head_1.fq.gz");
        var head2 = Path.Combine(Dir, "head_2.fq.gz");
        FirstPairs(Path.Combine(pizzly, "reads_1.fastq.gz"), head1, 300);
        FirstPairs(Path.Combine(pizzly, "reads_2.fastq.gz"), head2, 300);
        var rows = new List<string>
        {
            "sample\tfastq_1\tfastq_2\ttumour_type\tbatch",
            $"spikein\t{Path.Combine(pizzly, "reads_1.fastq.gz")}\t{Path.Combine(pizzly, "reads_2.fastq.gz")}\tspike-in\tb1",
            $"spikein_head\t{head1}\t{head2}\tspike-in\tb1",
            $"fc\t{Fixtures.Shared("fusioncatcher_test", "reads_1.fq.gz")}\t{Fixtures.Shared("fusioncatcher_test", "reads_2.fq.gz")}\tcell lines\tb2",
            $"nofusion\t{Fixtures.Shared("arriba_test_bcr_abl1", "read1.fastq.gz")}\t{Fixtures.Shared("arriba_test_bcr_abl1", "read2.fastq.gz")}\tCML\tb2",
        };
        if (withCorrupt)
        {
            var cut = Path.Combine(Dir, "corrupt_2.fq.gz");
            var bytes = File.ReadAllBytes(Path.Combine(pizzly, "reads_2.fastq.gz"));
            File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
            rows.Add($"corrupt\t{Path.Combine(pizzly, "reads_1.fastq.gz")}\t{cut}\t\tb2");
        }

        File.WriteAllText(Path.Combine(Dir, "samples.tsv"), string.Join('\n', rows) + "\n");
        WriteConfig("config.yaml", []);
    }

    public string Dir { get; }

    public string Results => Path.Combine(Dir, "results");

    public string SampleFile(string sample, string name) => Path.Combine(Results, "samples", sample, name);

    /// <summary>Writes a config file; <paramref name="exclude"/> fills the `exclude` key.</summary>
    public string WriteConfig(string name, string[] exclude)
    {
        var pizzly = Fixtures.Shared("pizzly_test");
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, $"""
            samples: {Path.Combine(Dir, "samples.tsv")}
            trek: "{Snakemake.Trek}"
            results: results
            reference:
              fasta: {Path.Combine(pizzly, "transcripts.fasta.gz")}
              gtf: {Path.Combine(pizzly, "transcripts.gtf.gz")}
              genes: ""
            threads: 1
            fusions_options: ""
            exclude: [{string.Join(", ", exclude)}]
            resources:
              index: {"{"}mem_mb: 500, runtime: 5{"}"}
              fusions: {"{"}mem_mb: 500, runtime: 5{"}"}
              cohort: {"{"}mem_mb: 500, runtime: 5{"}"}

            """);
        return path;
    }

    /// <summary>`snakemake` with the tested local profile, on this directory.</summary>
    public string[] Args(string config, params string[] more) =>
        ["-s", Snakemake.Snakefile, "-d", Dir, "--configfile", Path.Combine(Dir, config), "--profile", Path.Combine(Fixtures.Repo(), "workflow", "profiles", "local"), .. more];

    public void Dispose() => Directory.Delete(Dir, true);

    private static void FirstPairs(string source, string target, int pairs)
    {
        using var input = new StreamReader(new GZipStream(File.OpenRead(source), CompressionMode.Decompress), Encoding.ASCII);
        using var output = new StreamWriter(new GZipStream(File.Create(target), CompressionLevel.Fastest), Encoding.ASCII) { NewLine = "\n" };
        for (var i = 0; i < pairs * 4; i++)
        {
            output.WriteLine(input.ReadLine() ?? throw new InvalidDataException($"{source} has fewer than {pairs} reads"));
        }
    }
}
