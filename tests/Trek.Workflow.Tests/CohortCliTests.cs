using Trek.Cli;

namespace Trek.Workflow.Tests;

/// <summary>`trek cohort` on three hand-made samples whose cohort tables were worked out by hand (comments give the arithmetic).</summary>
public sealed class CohortCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-cohort-cli").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Err) Run(params string[] args)
    {
        var stderr = new StringWriter();
        var code = TrekCli.Run(args, new StringWriter(), stderr);
        return (code, stderr.ToString());
    }

    /// <summary>A: ETV6::NTRK3 twice (the high call wins the matrix cell), TPM3::NTRK1; B: ETV6::NTRK3, an unknown 5' partner of NTRK3; C: nothing; D excluded.</summary>
    private string[] Inputs(string? statsOverrideForB = null)
    {
        var sheet = Path.Combine(_dir, "samples.tsv");
        File.WriteAllText(sheet, "sample\tfastq_1\tfastq_2\ttumour_type\tbatch\nA\ta1\ta2\tIFS\tb1\nB\tb1\tb2\t\tb1\nC\tc1\tc2\tMASC\tb2\nD\td1\td2\t\t\n");
        var a = Fixtures.WriteFusions(_dir, "A", 1000,
            Fixtures.FusionRow("ETV6", "NTRK3", 30, 14, "59139.7849", "high"),
            Fixtures.FusionRow("TPM3", "NTRK1", 5, 2, "700", "medium"),
            Fixtures.FusionRow("ETV6", "NTRK3", 3, 0, "300", "low"));
        var b = Fixtures.WriteFusions(_dir, "B", 2000,
            Fixtures.FusionRow("ETV6", "NTRK3", 10, 4, "1400", "high"),
            Fixtures.FusionRow(".", "NTRK3", 6, 0, "600", "medium"));
        var c = Fixtures.WriteFusions(_dir, "C", 1500);
        var sa = Fixtures.WriteStats(_dir, "A", 1000, 500, 10, 1, 1, 1);
        var sb = Fixtures.WriteStats(_dir, "B", 2000, 1000, 20, 1, 1, 0);
        if (statsOverrideForB is not null)
        {
            File.WriteAllText(sb, statsOverrideForB);
        }

        var sc = Fixtures.WriteStats(_dir, "C", 1500, 750, 15, 0, 0, 0);
        // Files in another order than the sheet: matching is by the names inside them.
        return ["cohort", "--sheet", sheet, "--exclude", "D", "--fusions", c, a, b, "--stats", sb, sc, sa, "-o", Path.Combine(_dir, "cohort")];
    }

    private string[] Out(string name) => File.ReadAllLines(Path.Combine(_dir, "cohort", name));

    [Fact]
    public void Cohort_ThreeSamples_TablesAsWorkedByHand()
    {
        var (code, err) = Run(Inputs());
        Assert.True(code == 0, err);
        // Fusion columns: ETV6::NTRK3 (2 samples) first, then one-sample fusions in ordinal order (".::NTRK3" < "TPM3...":
        // '.' is U+002E, 'T' U+0054).
        Assert.Equal(
        [
            "#sample\ttumour_type\tbatch\tETV6::NTRK3|split_reads\tETV6::NTRK3|spanning_pairs\tETV6::NTRK3|ffpm\tETV6::NTRK3|confidence"
                + "\t.::NTRK3|split_reads\t.::NTRK3|spanning_pairs\t.::NTRK3|ffpm\t.::NTRK3|confidence"
                + "\tTPM3::NTRK1|split_reads\tTPM3::NTRK1|spanning_pairs\tTPM3::NTRK1|ffpm\tTPM3::NTRK1|confidence",
            "A\tIFS\tb1\t30\t14\t59139.7849\thigh\t.\t.\t.\t.\t5\t2\t700\tmedium",
            "B\t.\tb1\t10\t4\t1400\thigh\t6\t0\t600\tmedium\t.\t.\t.\t.",
            "C\tMASC\tb2\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.",
        ], Out("matrix.tsv"));
        Assert.Equal(6, Out("long.tsv").Length);   // header + 3 calls of A + 2 of B
        Assert.Equal("A\tIFS\tb1\tETV6::NTRK3\tETV6\tNTRK3\t12:11869969:+\t15:87940753:-\t5\t15\t3\t0\t300\tin-frame\tyes\tlow", Out("long.tsv")[3]);
        // 2 of 3 samples = 0.6667.
        Assert.Equal(["#fusion\tgene1\tgene2\tsamples\tfraction\tbest_confidence\tmax_ffpm\tsample_names", "ETV6::NTRK3\tETV6\tNTRK3\t2\t0.6667\thigh\t59139.7849\tA,B"], Out("recurrent.tsv"));
        Assert.Equal(
        [
            "#ntrk_gene\tpartner\tpartner_side\tfusion\tsamples\tsample_names",
            "NTRK1\tTPM3\t5'\tTPM3::NTRK1\t1\tA",
            "NTRK3\tETV6\t5'\tETV6::NTRK3\t2\tA,B",
            "NTRK3\t.\t5'\t.::NTRK3\t1\tB",
        ], Out("ntrk_partners.tsv"));
        // QC: on-index fractions all 0.5 and duplicate fractions all 0.02 -> MAD 0 -> no score. Depth: log10(pairs + 1)
        // = 3.000434, 3.301247, 3.176381; median 3.176381, |dev| 0.175947, 0.124866, 0 -> MAD 0.124866;
        // M(A) = 0.6745 * -0.175947 / 0.124866 = -0.95.
        Assert.Equal("A\tIFS\tb1\t1000\t500\t0.5\t10\t0.02\t1\t1\t1\t1\t-0.95\t.\t.\t.", Out("qc.tsv")[2]);
        Assert.Equal("C\tMASC\tb2\t1500\t750\t0.5\t15\t0.02\t0\t0\t0\t1\t0\t.\t.\t.", Out("qc.tsv")[4]);
        var html = File.ReadAllText(Path.Combine(_dir, "cohort", "cohort.html"));
        Assert.Contains("<svg", html);
        Assert.Contains("Left out by configuration: D.", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty));
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Cohort_DepthOutlier_Flagged()
    {
        // Depths 1000, 1000, 1000, 1100, 1_000_000 pairs: log10(x + 1) median 3.000434, MAD 0 for 3 equal values -> use 5 distinct ones.
        var sheet = Path.Combine(_dir, "s.tsv");
        long[] pairs = [900, 1000, 1100, 1200, 1_000_000];
        File.WriteAllText(sheet, "sample\tfastq_1\tfastq_2\n" + string.Concat(pairs.Select((_, i) => $"S{i}\ta\tb\n")));
        var args = new List<string> { "cohort", "--sheet", sheet, "-o", Path.Combine(_dir, "cohort"), "--fusions" };
        args.AddRange(pairs.Select((p, i) => Fixtures.WriteFusions(_dir, $"S{i}", p)));
        args.Add("--stats");
        args.AddRange(pairs.Select((p, i) => Fixtures.WriteStats(_dir, $"S{i}", p, p / 2, 0, 0, 0, 0)));
        var (code, err) = Run([.. args]);
        Assert.True(code == 0, err);
        // log10(p + 1) = 2.954725, 3.000434, 3.041787, 3.079543, 6.000000; median 3.041787; |dev| 0.087062, 0.041353, 0,
        // 0.037756, 2.958213 -> MAD 0.041353; M(S4) = 0.6745 * 2.958213 / 0.041353 = 48.25 > 3.5; M(S0) = -1.42.
        var qc = Out("qc.tsv");
        Assert.EndsWith("\t48.25\t.\t.\tpairs_read(high)", qc[6]);
        Assert.EndsWith("\t-1.42\t.\t.\t.", qc[2]);
        Assert.Contains("QC outliers: S4 (pairs_read(high))", err);
    }

    [Fact]
    public void Cohort_StatsFromAnotherRun_RefusedExit2()
    {
        var (code, err) = Run(Inputs(Fixtures.StatsJson("B", 2000, 1000, 20, 2, 0, 0)));
        Assert.Equal(2, code);
        Assert.StartsWith("trek: error: sample 'B': stats say 2000 pairs and calls high=2 medium=0 low=0, but ", err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(_dir, "cohort")));
    }

    [Fact]
    public void Cohort_SampleWithoutResults_RefusedWithAdvice()
    {
        var args = Inputs().ToList();
        args.RemoveRange(3, 2);   // no --exclude D
        var (code, err) = Run([.. args]);
        Assert.Equal(2, code);
        Assert.Equal("trek: error: sample 'D' of the sheet has no fusions table (give it, or exclude it from the cohort)", err.Trim());
    }

    [Fact]
    public void Cohort_ExcludeUnknownSample_UsageError()
    {
        var args = Inputs();
        args[4] = "E";
        var (code, err) = Run(args);
        Assert.Equal(1, code);
        Assert.EndsWith("--exclude E: no such sample in the sheet", err.Trim().Split('\n')[0]);
    }
}
