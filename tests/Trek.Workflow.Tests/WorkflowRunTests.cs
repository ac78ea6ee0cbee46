using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Trek.Workflow.Tests;

/// <summary>
/// workflow/Snakefile run end to end with the local profile on a small cohort from ../shared/data: a corrupt sample
/// fails (retried once) with Trek's one-line message while the others finish; the cohort matrix is checked cell by
/// cell against each sample's own fusions.tsv; a run killed midway resumes and recomputes only what is missing.
/// </summary>
public sealed class WorkflowRunTests
{
    [Fact]
    public void Run_CorruptSampleFailsOthersFinish_ThenCohortMatrixMatchesEachSampleCellByCell()
    {
        using var cohort = new WorkflowCohort(withCorrupt: true);
        var (code, output) = Snakemake.Run(cohort.Dir, cohort.Args("config.yaml"));

        // The corrupt sample failed twice (retries: 1) and stopped the cohort step; every other sample finished.
        Assert.True(code != 0, output);
        Assert.Contains("Trying to restart job", output);
        foreach (var s in WorkflowCohort.Good)
        {
            Assert.True(File.Exists(cohort.SampleFile(s, "fusions.tsv")), $"{s}: {output}");
            Assert.True(File.Exists(cohort.SampleFile(s, "discarded.tsv")), s);
            Assert.True(File.Exists(cohort.SampleFile(s, "stats.json")), s);
        }

        Assert.False(Directory.Exists(Path.Combine(cohort.Results, "samples", "corrupt")) && Directory.GetFiles(Path.Combine(cohort.Results, "samples", "corrupt")).Length > 0);
        Assert.False(File.Exists(Path.Combine(cohort.Results, "cohort", "matrix.tsv")));

        // Trek's message in the sample's log: one line, naming the cut file, no stack trace.
        var log = File.ReadAllLines(Path.Combine(cohort.Results, "logs", "fusions", "corrupt.log"));
        var message = Assert.Single(log, l => l.StartsWith("trek: ", StringComparison.Ordinal));
        Assert.StartsWith("trek: error: ", message);
        Assert.Contains("corrupt_2.fq.gz", message);
        Assert.DoesNotContain(log, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));

        // Reported: the workflow's onerror hook lists the sample with that message.
        Assert.Equal(
            ["#sample\tlog\tmessage", $"corrupt\tresults/logs/fusions/corrupt.log\t{message}"],
            File.ReadAllLines(Path.Combine(cohort.Results, "failed_samples.tsv")));

        // Second run with the corrupt sample excluded: only the cohort step runs.
        var before = WorkflowCohort.Good.ToDictionary(s => s, s => File.GetLastWriteTimeUtc(cohort.SampleFile(s, "fusions.tsv")));
        (code, output) = Snakemake.Run(cohort.Dir, cohort.Args(Path.GetFileName(cohort.WriteConfig("config2.yaml", ["corrupt"]))));
        Assert.True(code == 0, output);
        Assert.Equal(0, JobCount(output, "fusions"));
        Assert.Equal(0, JobCount(output, "index"));
        Assert.Equal(1, JobCount(output, "cohort"));
        Assert.All(WorkflowCohort.Good, s => Assert.Equal(before[s], File.GetLastWriteTimeUtc(cohort.SampleFile(s, "fusions.tsv"))));

        CheckMatrix(cohort);
        CheckQc(cohort);
    }

    [Fact]
    public void Run_KilledMidway_RestartRecomputesOnlyWhatIsMissing()
    {
        using var cohort = new WorkflowCohort(withCorrupt: false);
        var done = WorkflowCohort.Good.Select(s => cohort.SampleFile(s, "fusions.tsv")).ToArray();

        // One job at a time, killed (SIGKILL, the whole process tree) once Snakemake reports two finished jobs: the index and a sample.
        using (var p = new Process { StartInfo = Snakemake.Start(cohort.Dir, cohort.Args("config.yaml", "--cores", "1")) })
        {
            var finishedJobs = 0;
            p.ErrorDataReceived += (_, e) =>
            {
                if (e.Data?.StartsWith("Finished job ", StringComparison.Ordinal) == true)
                {
                    Interlocked.Increment(ref finishedJobs);
                }
            };
            p.OutputDataReceived += (_, _) => { };
            p.Start();
            p.BeginErrorReadLine();
            p.BeginOutputReadLine();
            var clock = Stopwatch.StartNew();
            while (Volatile.Read(ref finishedJobs) < 2 && !p.HasExited && clock.Elapsed < TimeSpan.FromMinutes(4))
            {
                Thread.Sleep(10);
            }

            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }

        // A killed Snakemake leaves its lock: --unlock. Then Snakemake's own account of what is done (--summary; the
        // profile adds --rerun-incomplete, so the job killed in flight is "update pending", not "ok").
        var (code, output) = Snakemake.Run(cohort.Dir, cohort.Args("config.yaml", "--unlock"));
        Assert.True(code == 0, output);
        (code, output) = Snakemake.Run(cohort.Dir, cohort.Args("config.yaml", "--summary"));
        Assert.True(code == 0, output);
        var finished = output.Split('\n').Select(l => l.Split('\t'))
            .Where(f => f.Length == 7 && f[0].EndsWith("/fusions.tsv", StringComparison.Ordinal) && f[6] == "no update")
            .ToDictionary(f => Path.Combine(cohort.Dir, f[0]), f => File.GetLastWriteTimeUtc(Path.Combine(cohort.Dir, f[0])));
        Assert.InRange(finished.Count, 1, done.Length - 1);   // really midway
        var index = Directory.GetFiles(Path.Combine(cohort.Results, "index")).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        (code, output) = Snakemake.Run(cohort.Dir, cohort.Args("config.yaml"));
        Assert.True(code == 0, output);

        Assert.Equal(done.Length - finished.Count, JobCount(output, "fusions"));
        Assert.Equal(0, JobCount(output, "index"));
        Assert.All(finished, f => Assert.Equal(f.Value, File.GetLastWriteTimeUtc(f.Key)));
        Assert.All(index, f => Assert.Equal(f.Value, File.GetLastWriteTimeUtc(f.Key)));
        Assert.All(done, f => Assert.True(File.Exists(f), f));
        Assert.True(File.Exists(Path.Combine(cohort.Results, "cohort", "cohort.html")));
    }

    /// <summary>The count Snakemake's "Job stats" table gives for a rule (0 when the rule has no job).</summary>
    private static int JobCount(string output, string rule)
    {
        var m = Regex.Match(output, $@"(?m)^{rule}\s+(\d+)\s");
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Every cell of matrix.tsv against the sample's own fusions.tsv; the columns are exactly the fusions called anywhere.</summary>
    private static void CheckMatrix(WorkflowCohort cohort)
    {
        var lines = File.ReadAllLines(Path.Combine(cohort.Results, "cohort", "matrix.tsv"));
        var header = lines[0].Split('\t');
        Assert.Equal(["#sample", "tumour_type", "batch"], header[..3]);
        var rows = WorkflowCohort.Good.ToDictionary(s => s, s => FusionTables.Read(cohort.SampleFile(s, "fusions.tsv")));
        var keys = rows.Values.SelectMany(r => r).Select(r => r.Key).Distinct().ToHashSet();
        Assert.Equal(keys.Count * 4, header.Length - 3);
        Assert.Equal(keys.Order(StringComparer.Ordinal), header.Skip(3).Select(h => h.Split('|')[0]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(WorkflowCohort.Good, lines.Skip(1).Select(l => l.Split('\t')[0]));
        Assert.Empty(rows["nofusion"]);
        Assert.True(rows["spikein"].Count >= 9);
        var cells = 0;
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t');
            Assert.Equal(header.Length, f.Length);
            for (var c = 3; c < header.Length; c += 4)
            {
                var best = FusionTables.Best(rows[f[0]], header[c].Split('|')[0]);
                string[] expected = best is null
                    ? [".", ".", ".", "."]
                    : [best.Split.ToString(CultureInfo.InvariantCulture), best.Spanning.ToString(CultureInfo.InvariantCulture), best.Ffpm.ToString("0.####", CultureInfo.InvariantCulture), best.Confidence];
                Assert.True(expected.SequenceEqual(f[c..(c + 4)]), $"{f[0]} {header[c]}: expected {string.Join(' ', expected)}, got {string.Join(' ', f[c..(c + 4)])}");
                cells += 4;
            }
        }

        Assert.Equal(WorkflowCohort.Good.Length * keys.Count * 4, cells);
        // ETV6::NTRK3 is in the spike-ins and FusionCatcher's reads, so it is recurrent; the no-fusion sample has none.
        var recurrent = File.ReadAllLines(Path.Combine(cohort.Results, "cohort", "recurrent.tsv")).Skip(1).Select(l => l.Split('\t')).ToDictionary(f => f[0]);
        var etv6 = rows.Where(kv => kv.Value.Any(r => r.Key == "ETV6::NTRK3")).Select(kv => kv.Key).ToList();
        Assert.True(etv6.Count >= 2);
        Assert.Equal(string.Join(',', etv6), recurrent["ETV6::NTRK3"][7]);
    }

    /// <summary>QC counts against each sample's stats JSON and fusions.tsv, read with System.Text.Json directly.</summary>
    private static void CheckQc(WorkflowCohort cohort)
    {
        var qc = File.ReadAllLines(Path.Combine(cohort.Results, "cohort", "qc.tsv")).Where(l => !l.StartsWith("##", StringComparison.Ordinal)).Skip(1).Select(l => l.Split('\t')).ToDictionary(f => f[0]);
        foreach (var s in WorkflowCohort.Good)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(cohort.SampleFile(s, "stats.json")));
            var root = json.RootElement;
            var rows = FusionTables.Read(cohort.SampleFile(s, "fusions.tsv"));
            Assert.Equal(FusionTables.Fragments(cohort.SampleFile(s, "fusions.tsv")), root.GetProperty("pairs_read").GetInt64());
            Assert.Equal(root.GetProperty("pairs_read").GetInt64().ToString(CultureInfo.InvariantCulture), qc[s][3]);
            Assert.Equal(root.GetProperty("pairs_on_index").GetInt64().ToString(CultureInfo.InvariantCulture), qc[s][4]);
            Assert.Equal(root.GetProperty("duplicate_fragments").GetInt64().ToString(CultureInfo.InvariantCulture), qc[s][6]);
            Assert.Equal([rows.Count(r => r.Confidence == "high"), rows.Count(r => r.Confidence == "medium"), rows.Count(r => r.Confidence == "low")], qc[s][8..11].Select(int.Parse));
        }
    }
}
