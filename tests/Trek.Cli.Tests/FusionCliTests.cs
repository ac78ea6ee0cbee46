using System.Globalization;
using System.Runtime.CompilerServices;
using Trek.Cli;

namespace Trek.Cli.Tests;

/// <summary>`trek index` and `trek fusions` as a user runs them: the bundled example, and bad input.</summary>
public sealed class FusionCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "trek-cli-fusion", Guid.NewGuid().ToString("N"));

    public FusionCliTests() => Directory.CreateDirectory(_dir);

    private static string Example(string file) => Path.Combine(Repo(), "examples", "pizzly-spikein", file);

    private static string Repo([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = TrekCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Index()
    {
        var index = Path.Combine(_dir, "index");
        var (code, _, err) = Run("index", "--fasta", Example("transcripts.fasta.gz"), "--gtf", Example("transcripts.gtf.gz"), "-o", index);
        Assert.True(code == 0, err);
        return index;
    }

    [Fact]
    public void Fusions_BundledExample_MatchesExpectedOutputExactly()
    {
        var output = Path.Combine(_dir, "fusions.tsv");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--sample", "SRR1659964");
        Assert.True(code == 0, err);

        // Every line but the two that hold this run's paths (command line, index directory).
        static IEnumerable<string> Comparable(string path) =>
            File.ReadLines(path).Where(l => !l.StartsWith("##command=", StringComparison.Ordinal) && !l.StartsWith("##index=", StringComparison.Ordinal));
        Assert.Equal(Comparable(Example("expected_fusions.tsv")), Comparable(output));
        Assert.Contains("trek fusions: 9 calls (high=7, medium=2, low=0)", err);
    }

    [Fact]
    public void Fusions_StageLines_OnePerFilterInRunOrderWithTheStatsFileAgreeing()
    {
        var index = Index();
        var output = Path.Combine(_dir, "fusions.tsv");
        var discarded = Path.Combine(_dir, "discarded.tsv");
        var stats = Path.Combine(_dir, "stats.json");
        var (code, _, err) = Run("fusions", "--index", index, "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--discarded", discarded, "--stats", stats, "--sample", "S1");
        Assert.True(code == 0, err);

        // One line per stage, in the order the filters run (docs/fusion.md); the count never rises and ends at the calls written.
        var stageLines = err.Split('\n').Where(l => l.Contains("(remaining=", StringComparison.Ordinal)).ToList();
        string[] order = ["candidates", "duplicates", "homology", "repeat", "pseudogene", "read_through", "low_complexity", "same_gene", "splice_acceptor", "novel_background", "min_support", "blacklist"];
        Assert.Equal(order.Length, stageLines.Count);
        Assert.StartsWith("trek fusions: candidates: ", stageLines[0], StringComparison.Ordinal);
        for (var i = 1; i < order.Length; i++)
        {
            Assert.StartsWith($"trek fusions: filter {order[i]} (remaining=", stageLines[i], StringComparison.Ordinal);
        }

        static int Remaining(string line) => int.Parse(line[(line.LastIndexOf("remaining=", StringComparison.Ordinal) + 10)..^1], System.Globalization.CultureInfo.InvariantCulture);
        var counts = stageLines.Select(Remaining).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        static int Rows(string path) => File.ReadLines(path).Count(l => !l.StartsWith('#'));
        Assert.Equal(9, Rows(output));
        Assert.Equal(9, counts[^1]);
        Assert.Equal(counts[0], Rows(output) + Rows(discarded));

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(stats));
        var root = json.RootElement;
        Assert.Equal("trek.fusions.stats/1", root.GetProperty("schema").GetString());
        Assert.Equal("S1", root.GetProperty("sample").GetString());
        Assert.Equal(744, root.GetProperty("pairs_read").GetInt64()); // the pizzly spike-in set: 744 pairs (examples/pizzly-spikein/README.md)
        var onIndex = err.Split('\n').Single(l => l.Contains("; on index ", StringComparison.Ordinal));
        Assert.EndsWith($"on index {root.GetProperty("pairs_on_index").GetInt64():N0}", onIndex.TrimEnd());
        Assert.Equal(order, root.GetProperty("stages").EnumerateArray().Select(e => e.GetProperty("stage").GetString()));
        Assert.Equal(counts, root.GetProperty("stages").EnumerateArray().Select(e => e.GetProperty("remaining").GetInt32()));
        var calls = root.GetProperty("calls");
        Assert.Equal((7, 2, 0), (calls.GetProperty("high").GetInt32(), calls.GetProperty("medium").GetInt32(), calls.GetProperty("low").GetInt32()));
        Assert.Equal(Rows(discarded), root.GetProperty("discarded").GetInt32());
        // filters is the column before sample.
        var duplicates = File.ReadLines(output).Concat(File.ReadLines(discarded)).Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split('\t')[^2].Split(',')).Where(f => f.StartsWith("duplicates(", StringComparison.Ordinal))
            .Sum(f => long.Parse(f[11..^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(duplicates, root.GetProperty("duplicate_fragments").GetInt64());
        using var idx = File.OpenRead(Path.Combine(index, "trek.idx"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(idx)), root.GetProperty("index").GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Fusions_OneMateFromStdinAndCallsToStdout_SameCallsAsFromFiles()
    {
        var index = Index();
        var fromFiles = Path.Combine(_dir, "files.tsv");
        Assert.Equal(0, Run("fusions", "--index", index, "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", fromFiles, "--sample", "S").Code);

        // A real process: standard input cannot be handed to an in-process run.
        var trek = Path.Combine(AppContext.BaseDirectory, "trek.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { trek, "fusions", "--index", index, "--r1", Example("reads_1.fastq.gz"), "--r2", "-", "-o", "-", "--sample", "S" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await using (var stdin = process.StandardInput.BaseStream)
        await using (var r2 = File.OpenRead(Example("reads_2.fastq.gz")))
        {
            await r2.CopyToAsync(stdin);
        }

        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        static IEnumerable<string> Comparable(IEnumerable<string> lines) =>
            lines.Where(l => !l.StartsWith("##command=", StringComparison.Ordinal) && !l.StartsWith("##index=", StringComparison.Ordinal));
        Assert.Equal(Comparable(File.ReadLines(fromFiles)), Comparable((await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("--r1", "-", "--r2", "-", "-o", "x.tsv")]
    [InlineData("--r1", "a.fq", "--r2", "b.fq", "-o", "-", "--stats", "-")]
    [InlineData("--r1", "a.fq", "--r2", "b.fq", "-o", "-", "--discarded", "-")]
    public void Fusions_TwoStreamsOnOneStandardChannel_IsUsageError(params string[] args)
    {
        var (code, _, err) = Run(["fusions", "--index", _dir, .. args]);
        Assert.Equal(1, code);
        // Usage errors: one line, then the pointer to the help (docs/cli.md).
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("trek: error: ", lines[0]);
        Assert.Equal("see `trek fusions --help`", lines[1]);
    }

    [Fact]
    public void Fusions_TruncatedGzip_OneLineErrorExit2AndNoOutputLeft()
    {
        var r2 = Path.Combine(_dir, "cut_2.fq.gz");
        var bytes = File.ReadAllBytes(Example("reads_2.fastq.gz"));
        File.WriteAllBytes(r2, bytes[..(bytes.Length / 2)]);
        var output = Path.Combine(_dir, "out", "fusions.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!); // an output folder is never created (exit 3 otherwise)
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", r2, "-o", output);
        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("trek: error:", StringComparison.Ordinal));
        Assert.Contains("cut_2.fq.gz", line);
        Assert.DoesNotContain("   at ", err);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.Exists(Path.GetDirectoryName(output)) ? Directory.GetFiles(Path.GetDirectoryName(output)!) : []);
    }

    [Fact]
    public void Fusions_MalformedFastq_NamesRecord()
    {
        var r1 = Path.Combine(_dir, "bad_1.fq");
        var r2 = Path.Combine(_dir, "bad_2.fq");
        File.WriteAllText(r1, "@a/1\nACGT\n+\nIIII\n@b/1\nACGT\n+\nII\n");
        File.WriteAllText(r2, "@a/2\nACGT\n+\nIIII\n@b/2\nACGT\n+\nIIII\n");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", r1, "--r2", r2, "-o", Path.Combine(_dir, "x.tsv"));
        Assert.Equal(2, code);
        Assert.Equal($"trek: error: {r1}: record 2 (line 5): quality length 2 differs from sequence length 4", err.Trim().Split('\n')[^1]);
    }

    [Fact]
    public void Fusions_MissingReadFile_ExitsWithIoError()
    {
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Path.Combine(_dir, "nope_1.fq"), "--r2", Path.Combine(_dir, "nope_2.fq"), "-o", Path.Combine(_dir, "x.tsv"));
        Assert.Equal(3, code);
        Assert.Contains("no such file", err);
    }

    [Fact]
    public void Fusions_NotAnIndex_SaysHowToMakeOne()
    {
        var (code, _, err) = Run("fusions", "--index", _dir, "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", Path.Combine(_dir, "x.tsv"));
        Assert.Equal(2, code);
        Assert.Contains("not a Trek index directory", err);
    }

    [Fact]
    public void Fusions_DamagedIndex_OneLineNamingTheFileExit2NoTrace()
    {
        var index = Index();
        var data = Path.Combine(index, "trek.idx");
        var bytes = File.ReadAllBytes(data);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(data, bytes);
        var (code, _, err) = Run("fusions", "--index", index, "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", Path.Combine(_dir, "x.tsv"));
        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"trek: error: {data}: index file is damaged", line);
        Assert.False(File.Exists(Path.Combine(_dir, "x.tsv")));
    }

    /// <summary>The shipped panel list as docs/references.md uses it: accepted as a --genes file (comments after #), the 10
    /// genes of the example indexed, the 47 genes the example lacks named in one warning line.</summary>
    [Fact]
    public void Index_ShippedKinasePanelList_AcceptedByGenes()
    {
        var panel = Path.Combine(Repo(), "examples", "kinase-fusion-panel.txt");
        var (code, _, err) = Run("index", "--fasta", Example("transcripts.fasta.gz"), "--gtf", Example("transcripts.gtf.gz"), "-o", Path.Combine(_dir, "panel"), "--genes", panel);
        Assert.True(code == 0, err);
        Assert.Contains("genes=10 ", err);
        var warning = Assert.Single(err.Split('\n'), l => l.Contains("not in the annotation", StringComparison.Ordinal));
        Assert.Equal(47, warning[(warning.IndexOf(": not in the annotation: ", StringComparison.Ordinal) + 25)..].Split(", ").Length);
    }

    [Fact]
    public void Index_EvenKmer_IsUsageError()
    {
        var (code, _, err) = Run("index", "--fasta", Example("transcripts.fasta.gz"), "--gtf", Example("transcripts.gtf.gz"), "-o", Path.Combine(_dir, "i"), "--kmer", "30");
        Assert.Equal(1, code);
        Assert.Contains("--kmer must be odd", err);
    }

    [Fact]
    public void Fusions_UnknownFilterName_IsUsageError()
    {
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", Path.Combine(_dir, "x.tsv"), "--disable-filter", "readthrough");
        Assert.Equal(1, code);
        Assert.Contains("unknown filter 'readthrough'", err);
    }

    [Fact]
    public void Fusions_MinSupportRaised_MovesWeakCallsToDiscardedAndSwitchingTheFilterOffBringsThemBack()
    {
        var index = Index();
        var output = Path.Combine(_dir, "strict.tsv");
        var discarded = Path.Combine(_dir, "strict.discarded.tsv");
        var (code, _, err) = Run("fusions", "--index", index, "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--discarded", discarded, "--min-support", "25", "--known-fusions", "none");
        Assert.Equal(0, code);
        var removed = File.ReadLines(discarded).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();

        // CD74::ROS1 (23 fragments), EML4::ALK (10) and TMPRSS2::ETV1 (22) fall below 25; the filter is named in their row.
        Assert.Equal(["CD74::ROS1", "EML4::ALK", "TMPRSS2::ETV1"], removed.Select(r => r[2]).Order());
        Assert.All(removed, r => Assert.Contains("min_support", r[^2])); // filters, before sample
        Assert.Contains("filter min_support (remaining=6)", err);

        var all = Path.Combine(_dir, "all.tsv");
        Assert.Equal(0, Run("fusions", "--index", index, "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", all, "--min-support", "25", "--known-fusions", "none", "--disable-filter", "min_support").Code);
        Assert.Equal(9, File.ReadLines(all).Count(l => !l.StartsWith('#')));
    }

    [Fact]
    public void Index_GzipGtfTruncated_OneLineError()
    {
        var gtf = Path.Combine(_dir, "cut.gtf.gz");
        var bytes = File.ReadAllBytes(Example("transcripts.gtf.gz"));
        File.WriteAllBytes(gtf, bytes[..(bytes.Length / 3)]);
        var (code, _, err) = Run("index", "--fasta", Example("transcripts.fasta.gz"), "--gtf", gtf, "-o", Path.Combine(_dir, "i"));
        Assert.Equal(2, code);
        Assert.StartsWith($"trek: error: {gtf}", err);
        Assert.False(File.Exists(Path.Combine(_dir, "i", "trek.idx")));
    }

    [Fact]
    public void Help_ListsEveryOptionWithDefault()
    {
        var (code, output, _) = Run("fusions", "--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--index", "--r1", "--r2", "--output", "--discarded", "--threads", "--sample", "--min-support", "--min-anchor", "--max-mismatch-rate", "--disable-filter", "--novel-genes", "--known-fusions", "--blacklist", "--evidence" })
        {
            Assert.Contains(option, output);
        }

        Assert.Contains("(default: 2)", output);
    }

    /// <summary>The data rows of a fusions TSV, split into cells, with the header's column names.</summary>
    private static (string[] Columns, List<string[]> Rows) Table(string path)
    {
        var lines = File.ReadLines(path).Where(l => !l.StartsWith("##", StringComparison.Ordinal)).ToList();
        return (lines[0][1..].Split('\t'), lines.Skip(1).Select(l => l.Split('\t')).ToList());
    }

    [Fact]
    public void Fusions_KnownFusionWithWeakSupport_KeptAndTaggedKnownWhileUnlistedCallsGoBelowMinimum()
    {
        // --min-support 46 is above every call of the example (largest: BRD4::NUTM1 34+14 = 48 stays; ETV6::NTRK3 30+14 = 44,
        // EML4::ALK 7+4 = 11, expected_fusions.tsv). Arriba's recover_known_fusions.cpp keeps a listed fusion removed for low
        // support if it has >= 2 reads: ETV6::NTRK3, AKAP9::BRAF, HOOK3::RET, CD74::ROS1 and EML4::ALK are on the bundled list.
        var output = Path.Combine(_dir, "k.tsv");
        var discarded = Path.Combine(_dir, "k.discarded.tsv");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--discarded", discarded, "--min-support", "46");
        Assert.True(code == 0, err);
        var (columns, kept) = Table(output);
        var fusion = Array.IndexOf(columns, "fusion");
        var tags = Array.IndexOf(columns, "tags");
        Assert.Equal(["AKAP9::BRAF", "BRD4::NUTM1", "CD74::ROS1", "EML4::ALK", "ETV6::NTRK3", "HOOK3::RET"], kept.Select(r => r[fusion]).Order());
        var eml4 = kept.Single(r => r[fusion] == "EML4::ALK");
        Assert.Equal(("7", "4"), (eml4[Array.IndexOf(columns, "split_reads")], eml4[Array.IndexOf(columns, "spanning_pairs")])); // 11 fragments, far below 46
        Assert.All(kept.Where(r => r[fusion] != "BRD4::NUTM1"), r => Assert.Equal("known", r[tags]));
        Assert.Equal(".", kept.Single(r => r[fusion] == "BRD4::NUTM1")[tags]);
        var (_, removed) = Table(discarded);
        Assert.Equal(["EWSR1::ATF1", "EWSR1::FLI1", "TMPRSS2::ETV1"], removed.Select(r => r[fusion]).Order());
        Assert.All(removed, r => Assert.Equal(".", r[tags]));
        Assert.Contains("##known_fusions=bundled:known_fusions_kinase.tsv", File.ReadLines(output));
    }

    [Fact]
    public void Fusions_BlacklistedPair_RemovedWithTheEntryLineInDiscarded()
    {
        var blacklist = Path.Combine(_dir, "blacklist.tsv");
        File.WriteAllText(blacklist, "# recurrent artefacts\nBRD4\tNUTM1\n+15:87940000-87941000\tany\n");
        var output = Path.Combine(_dir, "b.tsv");
        var discarded = Path.Combine(_dir, "b.discarded.tsv");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--discarded", discarded, "--blacklist", blacklist);
        Assert.True(code == 0, err);
        var (columns, kept) = Table(output);
        var fusion = Array.IndexOf(columns, "fusion");
        Assert.Equal(8, kept.Count);
        Assert.DoesNotContain(kept, r => r[fusion] == "BRD4::NUTM1");

        // Line 3 names a range on the minus strand only: ETV6::NTRK3's 3' break 15:87940753:- is inside it but on "+" it is not.
        Assert.Contains(kept, r => r[fusion] == "ETV6::NTRK3");
        var row = Assert.Single(Table(discarded).Rows);
        Assert.Equal("BRD4::NUTM1", row[fusion]);
        Assert.Equal("duplicates(6),blacklist(line=2;entry=BRD4|NUTM1)", row[Array.IndexOf(columns, "filters")]);
        Assert.Contains("filter blacklist (remaining=8)", err);
        Assert.Contains($"##blacklist={blacklist}", File.ReadLines(output));
    }

    [Fact]
    public void Fusions_BlacklistRangeOnTheRightStrand_RemovesTheCall()
    {
        var blacklist = Path.Combine(_dir, "minus.tsv");
        File.WriteAllText(blacklist, "-15:87940000-87941000\tany\n");
        var output = Path.Combine(_dir, "m.tsv");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--blacklist", blacklist);
        Assert.True(code == 0, err);
        Assert.DoesNotContain(Table(output).Rows, r => r[2] == "ETV6::NTRK3");
        Assert.Equal(8, Table(output).Rows.Count);
    }

    [Theory]
    [InlineData("--known-fusions", "ETV6\n", 1, "1 tab-separated column(s)")]
    [InlineData("--known-fusions", "# header\nETV6\tNTRK3\n12:0\tNTRK3\n", 3, "first column: '12:0' is not [+|-]CONTIG:POSITION")]
    [InlineData("--blacklist", "BRD4\tNUTM1\nBRD4\tread_through\n", 2, "second column: Arriba keyword 'read_through' is not supported")]
    [InlineData("--blacklist", "BRD4\t15:200-100\n", 1, "second column: '15:200-100'")]
    [InlineData("--known-fusions", "ETV6\tany\n", 1, "")] // "any" is a gene name in a known-fusion list (keywords are for the blacklist): accepted
    public void Fusions_MalformedList_OneLineNamingFileAndLineExit2(string option, string content, int line, string what)
    {
        var list = Path.Combine(_dir, "list.tsv");
        File.WriteAllText(list, content);
        var output = Path.Combine(_dir, "x.tsv");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, option, list);
        if (what.Length == 0)
        {
            Assert.True(code == 0, err);
            return;
        }

        Assert.Equal(2, code);
        var error = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"trek: error: {list}:{line}: ", error);
        Assert.Contains(what, error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Fusions_MissingListFile_IoErrorExit3()
    {
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", Path.Combine(_dir, "x.tsv"), "--blacklist", Path.Combine(_dir, "no_such.tsv"));
        Assert.Equal(3, code);
        Assert.Contains("no_such.tsv", err);
    }

    [Fact]
    public void Fusions_Evidence_EtvNtrk3SamHasEverySupportingReadPlacedOnTheContigAcrossTheJunction()
    {
        var dir = Path.Combine(_dir, "evidence");
        var output = Path.Combine(_dir, "e.tsv");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--evidence", dir);
        Assert.True(code == 0, err);

        // calls.tsv: one row per reported call, in the fusions TSV's order, with its counts.
        var (columns, rows) = Table(output);
        var calls = File.ReadAllLines(Path.Combine(dir, "calls.tsv"));
        Assert.Equal("call_id\tfusion_name\tbreakpoint1\tbreakpoint2\tcontig_length\tjunction_offset\tsplit_reads\tspanning_pairs", calls[0]);
        Assert.Equal(rows.Select(r => r[Array.IndexOf(columns, "fusion")]), calls.Skip(1).Select(l => l.Split('\t')[1]));
        var row = calls.Skip(1).Select(l => l.Split('\t')).Single(c => c[1] == "ETV6::NTRK3");
        Assert.Equal("002_ETV6--NTRK3", row[0]); // rank 2 in expected_fusions.tsv
        var (split, spanning) = (int.Parse(row[6], CultureInfo.InvariantCulture), int.Parse(row[7], CultureInfo.InvariantCulture));
        Assert.Equal((30, 14), (split, spanning)); // expected_fusions.tsv
        var offset = int.Parse(row[5], CultureInfo.InvariantCulture);

        var contig = string.Concat(File.ReadLines(Path.Combine(dir, "002_ETV6--NTRK3.fa")).Skip(1));
        Assert.Equal(">002_ETV6--NTRK3", File.ReadLines(Path.Combine(dir, "002_ETV6--NTRK3.fa")).First());
        Assert.Equal(int.Parse(row[4], CultureInfo.InvariantCulture), contig.Length);

        // The junction: ETV6 exon 5 ends ...GAGAATAGCAG, NTRK3 exon 15 starts ATGTGCAGCAC (fusion_transcript of expected_fusions.tsv).
        Assert.EndsWith("GAGAATAGCAG", contig[..offset], StringComparison.Ordinal);
        Assert.StartsWith("ATGTGCAGCAC", contig[offset..], StringComparison.Ordinal);

        var sam = Path.Combine(dir, "002_ETV6--NTRK3.sam");
        Assert.Equal("SN:002_ETV6--NTRK3", Trek.IO.Sam.SamReader.Header(sam).Lines[1].Split('\t')[1]);
        var records = Trek.IO.Sam.SamReader.Records(sam).ToList();
        Assert.Equal(split + (2 * spanning), records.Count);
        Assert.Equal(split, records.Count(r => r.Tags["YT"] == "split"));
        Assert.Equal(spanning, records.Where(r => r.Tags["YT"] == "spanning").Select(r => r.QName).Distinct().Count());
        Assert.Equal(records.OrderBy(r => r.Pos).Select(r => r.Pos), records.Select(r => r.Pos)); // SO:coordinate
        foreach (var r in records)
        {
            Assert.False(r.Unmapped, r.QName);

            // At most 5 % of the read mismatched (--max-mismatch-rate default 0.05, the aligner's own allowance).
            var mismatches = r.AlignedPairs().Count(p => r.Seq[p.ReadIndex] != contig[(int)p.RefPosition - 1]);
            Assert.True(mismatches <= (int)(0.05 * r.Seq.Length), $"{r.QName}: {mismatches} mismatches");
            Assert.Equal(mismatches.ToString(CultureInfo.InvariantCulture), r.Tags["NM"]);
        }

        // Every split read covers the last ETV6 base (1-based offset) and the first NTRK3 base (offset + 1).
        Assert.All(records.Where(r => r.Tags["YT"] == "split"), r =>
            Assert.True(r.Pos <= offset && r.Pos + r.ReferenceLength - 1 >= offset + 1, $"{r.QName} at {r.Pos}+{r.ReferenceLength}"));

        // Both mates of each spanning pair: the 5' mate on ETV6's side, the 3' mate on NTRK3's, flags of a proper pair.
        foreach (var pair in records.Where(r => r.Tags["YT"] == "spanning").GroupBy(r => r.QName))
        {
            var mates = pair.OrderBy(r => r.Pos).ToList();
            Assert.Equal(2, mates.Count);
            Assert.True(mates[0].Pos + mates[0].ReferenceLength - 1 <= offset, pair.Key);
            Assert.True(mates[1].Pos > offset, pair.Key);
            Assert.All(mates, m => Assert.Equal(0x3, m.Flag & 0x3));
            Assert.Equal(-mates[0].TLen, mates[1].TLen);
        }
    }

    [Fact]
    public void Fusions_EvidenceDirectoryNotEmpty_RefusedBeforeAnyWork()
    {
        var dir = Path.Combine(_dir, "full");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "mine");
        var output = Path.Combine(_dir, "n.tsv");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--evidence", dir);
        Assert.Equal(1, code);
        Assert.Contains("exists and is not empty", err);
        Assert.Equal(["keep.txt"], Directory.GetFiles(dir).Select(Path.GetFileName));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Fusions_EvidenceWithReadsFromStdin_IsUsageError()
    {
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", "-", "--r2", Example("reads_2.fastq.gz"), "-o", Path.Combine(_dir, "s.tsv"), "--evidence", Path.Combine(_dir, "ev"));
        Assert.Equal(1, code);
        Assert.Contains("--evidence reads the FASTQ files a second time", err);
    }

    [Fact]
    public void Fusions_FailingRunWithEvidence_LeavesNoDirectoryAndNoTemporary()
    {
        var r2 = Path.Combine(_dir, "cut_2.fq.gz");
        var bytes = File.ReadAllBytes(Example("reads_2.fastq.gz"));
        File.WriteAllBytes(r2, bytes[..(bytes.Length / 2)]);
        var dir = Path.Combine(_dir, "ev");
        var (code, _, _) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", r2, "-o", Path.Combine(_dir, "t.tsv"), "--evidence", dir);
        Assert.Equal(2, code);
        Assert.False(Directory.Exists(dir));
        Assert.DoesNotContain(Directory.GetDirectories(_dir), d => Path.GetFileName(d).Contains("trek-tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Fusions_NoSampleGiven_OneDefaultForHeaderColumnAndStats()
    {
        var output = Path.Combine(_dir, "d.tsv");
        var stats = Path.Combine(_dir, "d.json");
        var (code, _, err) = Run("fusions", "--index", Index(), "--r1", Example("reads_1.fastq.gz"), "--r2", Example("reads_2.fastq.gz"), "-o", output, "--stats", stats);
        Assert.True(code == 0, err);

        // issue 16: the sample column repeats ##sample= (default: the R1 file name) and --stats uses the same default (it wrote ".").
        Assert.Contains("##sample=reads_1.fastq.gz", File.ReadLines(output));
        var (columns, rows) = Table(output);
        Assert.Equal("sample", columns[^1]);
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal("reads_1.fastq.gz", r[^1]));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(stats));
        Assert.Equal("reads_1.fastq.gz", json.RootElement.GetProperty("sample").GetString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

}
