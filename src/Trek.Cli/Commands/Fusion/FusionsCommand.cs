using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Trek.Cli.Validation;
using Trek.Core;
using Trek.Fusion;
using Trek.Fusion.Calling;
using Trek.Fusion.Evidence;
using Trek.Fusion.Filters;
using Trek.Fusion.Index;
using Trek.Fusion.Lists;
using Trek.Fusion.Output;
using Trek.Fusion.Pipeline;
using Trek.IO;

namespace Trek.Cli.Commands.Fusion;

/// <summary>
/// `trek fusions`: parses options, opens the inputs ("-" = stdin for one of the mates), runs
/// <see cref="FusionRun"/> and writes its result ("-" = stdout for one output). No calling logic here.
/// </summary>
internal static class FusionsCommand
{
    public static Command Create()
    {
        var defaults = new FusionOptions();
        var index = new Option<string>("--index") { Description = "Index directory made by `trek index`. Required.", Required = true };
        var r1 = new Option<string>("--r1") { Description = "Read 1 FASTQ (.gz, BGZF or plain; - for stdin). Required.", Required = true };
        var r2 = new Option<string>("--r2") { Description = "Read 2 FASTQ, same reads in the same order (- for stdin; not both mates). Required.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Fusion calls TSV (- for stdout). Required.", Required = true };
        var discarded = new Option<string?>("--discarded") { Description = "Also write candidates removed by filters, same format (default: not written)." };
        var stats = new Option<string?>("--stats") { Description = "Also write run statistics as JSON (schema trek.fusions.stats/1, docs/fusion.md; - for stdout) (default: not written)." };
        var threads = new Option<int>("--threads", "-t") { Description = $"Worker threads; the two mates are decompressed on two more (default: {defaults.Threads}).", DefaultValueFactory = _ => defaults.Threads };
        var sample = new Option<string?>("--sample") { Description = "Sample name for the ##sample= line, the sample column and --stats (default: the R1 file name; stdin when R1 is -)." };
        var minSupport = new Option<int>("--min-support") { Description = $"Fewest distinct supporting fragments (default: {defaults.MinSupport}).", DefaultValueFactory = _ => defaults.MinSupport };
        var minAnchor = new Option<int>("--min-anchor") { Description = $"Fewest bases on each side of a split read (default: {defaults.MinAnchor}).", DefaultValueFactory = _ => defaults.MinAnchor };
        var mismatch = new Option<double>("--max-mismatch-rate") { Description = $"Mismatches allowed per read as a fraction of its length (default: {defaults.MaxMismatchRate}).", DefaultValueFactory = _ => defaults.MaxMismatchRate };
        var disable = new Option<string[]>("--disable-filter") { Description = $"Switch a filter off by name; repeatable: {string.Join(", ", FilterNames.All)} (default: all on).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var novel = new Option<string?>("--novel-genes") { Description = "Genes for which partner-unknown fusions are reported, comma-separated or a file (default: NTRK1-3, ALK, ROS1, RET, BRAF, RAF1, FGFR1-3, MET, NRG1, EGFR, PDGFRA/B, ABL1, JAK2)." };
        var known = new Option<string>("--known-fusions") { Description = $"Fusions always reported when present and tagged `known` (Arriba -k format: 5' gene or region, tab, 3' one; .gz allowed), or `none` (default: the bundled kinase-panel list, {KnownFusions.DefaultResource}).", DefaultValueFactory = _ => "default" };
        var blacklist = new Option<string?>("--blacklist") { Description = "Recurrent artefacts to remove by gene pair or breakpoint (Arriba -b format; .gz allowed) (default: none)." };
        var evidence = new Option<string?>("--evidence") { Description = "Also write each reported call's supporting reads to this new directory: calls.tsv, CALL.fa, CALL.sam for IGV (trek.evidence/1, docs/fusion.md; reads the FASTQ twice, so not with -) (default: not written)." };
        var command = new Command("fusions", "Call gene fusions (split reads, spanning pairs, novel partners) from paired-end RNA-seq.")
        {
            index, r1, r2, output, discarded, stats, threads, sample, minSupport, minAnchor, mismatch, disable, novel, known, blacklist, evidence,
        };
        command.SetAction(parse =>
        {
            var options = new FusionOptions
            {
                Threads = parse.GetValue(threads),
                MinSupport = parse.GetValue(minSupport),
                MinAnchor = parse.GetValue(minAnchor),
                MaxMismatchRate = parse.GetValue(mismatch),
                DisabledFilters = ParseFilters(parse.GetValue(disable)!),
                NovelPartnerGenes = FusionArguments.NovelGenes(parse.GetValue(novel))?.ToHashSet(StringComparer.Ordinal) ?? FusionOptions.DefaultKinases,
            };
            FusionArguments.Check(options, options.Threads, parse.GetValue(sample));

            var knownPath = parse.GetValue(known) is "default" or "none" ? null : parse.GetValue(known);
            var paths = new Paths(parse.GetValue(index)!, parse.GetValue(r1)!, parse.GetValue(r2)!, parse.GetValue(output)!, parse.GetValue(discarded), parse.GetValue(stats), knownPath, parse.GetValue(blacklist), parse.GetValue(evidence));
            paths.Check();
            options = options with { KnownFusions = parse.GetValue(known) == "none" ? KnownFusions.None : KnownFusions.Default };
            return Run(parse, paths, options, parse.GetValue(sample), parse.GetValue(novel));
        });
        return command;
    }

    private static HashSet<FilterId> ParseFilters(string[] values)
    {
        var disabled = new HashSet<FilterId>();
        foreach (var name in values.SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            disabled.Add(FilterNames.TryParse(name, out var id)
                ? id
                : throw new UsageException($"unknown filter '{name}'; filters are: {string.Join(", ", FilterNames.All)}"));
        }

        return disabled;
    }

    private static int Run(ParseResult parse, Paths paths, FusionOptions options, string? sample, string? novelGenes)
    {
        // One default for the ##sample= line, the sample column and --stats (issue 16: --stats used to write ".").
        var sampleName = sample ?? (paths.Read1 == "-" ? "stdin" : Path.GetFileName(paths.Read1));
        var err = parse.InvocationConfiguration.Error;
        var clock = Stopwatch.StartNew();
        using var files = new CommandFiles(parse)
            .InputsIn("--index", paths.Index, IndexStore.DataFile, IndexStore.ManifestFile)
            .Input("--r1", paths.Read1).Input("--r2", paths.Read2)
            .Input("--novel-genes", novelGenes is not null && File.Exists(novelGenes) ? novelGenes : null)
            .Input("--known-fusions", paths.KnownFusions).Input("--blacklist", paths.Blacklist)
            .Output("--output", paths.Output).Output("--discarded", paths.Discarded).Output("--stats", paths.Stats)
            .OutputDirectory("--evidence", paths.Evidence)
            .Open();
        options = LoadLists(options, paths);
        var idx = IndexStore.Load(paths.Index);
        if (novelGenes is not null)
        {
            FusionArguments.CheckGenesKnown("--novel-genes", options.NovelPartnerGenes, idx.Genes.Select(g => g.Name));
        }

        err.WriteLine($"trek fusions: index {paths.Index}: genes={idx.Genes.Count} transcripts={idx.Transcripts.Count} k={idx.K} (loaded in {clock.Elapsed.TotalSeconds:F2} s)");
        FusionRunResult result;
        using (var progress = new FusionProgressPrinter(err, clock))
        {
            result = FusionRun.Run(idx, Open(paths.Read1), Open(paths.Read2), options, sampleName, progress, CancellationToken.None);
        }

        var command = "trek " + string.Join(' ', parse.Tokens.Select(t => t.Value));
        var header = FusionProvenanceLines.Of(result.Provenance, command, paths.Index, sampleName);
        files.Write("--output", w => FusionTsvWriter.Write(w, header, result.Calls, sampleName));
        if (paths.Discarded is not null)
        {
            files.Write("--discarded", w => FusionTsvWriter.Write(w, header, result.Discarded, sampleName));
        }

        if (paths.Stats is not null)
        {
            string sha;
            using (var data = File.OpenRead(Path.Combine(paths.Index, IndexStore.DataFile)))
            {
                sha = Convert.ToHexStringLower(SHA256.HashData(data));
            }

            files.Write("--stats", w =>
            {
                using var json = new MemoryStream();
                FusionStatsWriter.Write(json, result, paths.Index, sha);
                w.Write(System.Text.Encoding.UTF8.GetString(json.ToArray()));
            });
        }

        if (paths.Evidence is not null)
        {
            var started = clock.Elapsed;
            var evidence = EvidencePass.Collect(idx, options, result.Calls, Open(paths.Read1), Open(paths.Read2), CancellationToken.None);
            EvidenceDirectory.Write(files.DirectoryPath("--evidence"), evidence);
            err.WriteLine($"trek fusions: evidence: {evidence.Sum(e => e.Fragments.Count)} fragments for {evidence.Count} calls ({(clock.Elapsed - started).TotalSeconds:F2} s)");
        }

        files.Commit();
        var calls = result.Calls;
        err.WriteLine($"trek fusions: {calls.Count} calls (high={calls.Count(c => c.Confidence == Confidence.High)}, medium={calls.Count(c => c.Confidence == Confidence.Medium)}, low={calls.Count(c => c.Confidence == Confidence.Low)}); {result.Discarded.Count} discarded; {clock.Elapsed.TotalSeconds:F2} s");
        return ExitCodes.Ok;
    }

    /// <summary>Reads `--known-fusions FILE` and `--blacklist FILE` (a malformed line is one error naming file and line, exit 2).</summary>
    private static FusionOptions LoadLists(FusionOptions options, Paths paths)
    {
        if (paths.KnownFusions is { } k)
        {
            options = options with { KnownFusions = KnownFusions.Read(TextLines.Read(Existing("--known-fusions", k)), k) };
        }

        if (paths.Blacklist is { } b)
        {
            options = options with { Blacklist = Blacklist.Read(TextLines.Read(Existing("--blacklist", b)), b) };
        }

        return options;
    }

    private static string Existing(string option, string path) =>
        path == "-" || File.Exists(path) ? path : throw new FileNotFoundException($"{option} {path}: no such file", path);

    /// <summary>A mate's FASTQ: "-" is standard input; a missing file is an I/O error (exit 3) naming it.</summary>
    private static ReadInput Open(string path)
    {
        if (path == "-")
        {
            return new ReadInput(Console.OpenStandardInput(), "stdin", null);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no such file: {path}", path);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return new ReadInput(stream, path, stream.Length);
    }

    /// <summary>The run's file arguments and the combinations refused before any work starts.</summary>
    private sealed record Paths(string Index, string Read1, string Read2, string Output, string? Discarded, string? Stats, string? KnownFusions, string? Blacklist, string? Evidence)
    {
        public void Check()
        {
            if (Evidence is not null && (Read1 == "-" || Read2 == "-"))
            {
                throw new UsageException("--evidence reads the FASTQ files a second time: give --r1 and --r2 as files, not -");
            }

            if (Read1 == "-" && Read2 == "-")
            {
                throw new UsageException("--r1 and --r2 cannot both be - (standard input holds one file): give one mate as a file");
            }

            if (new[] { Output, Discarded, Stats }.Count(p => p == "-") > 1)
            {
                throw new UsageException("only one of -o, --discarded and --stats can be - (standard output)");
            }
        }
    }
}
