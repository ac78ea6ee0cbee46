using System.CommandLine;
using System.Diagnostics;
using Trek.Core;
using Trek.Fusion;
using Trek.Fusion.Calling;
using Trek.Fusion.Filters;
using Trek.Fusion.Index;
using Trek.Fusion.Output;
using Trek.Fusion.Pipeline;
using Trek.IO;

namespace Trek.Cli.Commands.Fusion;

/// <summary>`trek fusions`: calls fusions from paired-end RNA-seq reads against an index.</summary>
internal static class FusionsCommand
{
    public static Command Create()
    {
        var defaults = new FusionOptions();
        var index = new Option<string>("--index") { Description = "Index directory made by `trek index`. Required.", Required = true };
        var r1 = new Option<string>("--r1") { Description = "Read 1 FASTQ (.gz, BGZF or plain; - for stdin). Required.", Required = true };
        var r2 = new Option<string>("--r2") { Description = "Read 2 FASTQ, same reads in the same order. Required.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Fusion calls TSV (- for stdout). Required.", Required = true };
        var discarded = new Option<string?>("--discarded") { Description = "Also write candidates removed by filters, same format (default: not written)." };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads; the two mates are decompressed on two more (default: 2).", DefaultValueFactory = _ => 2 };
        var sample = new Option<string?>("--sample") { Description = "Sample name for the provenance lines (default: R1 file name)." };
        var minSupport = new Option<int>("--min-support") { Description = $"Fewest distinct supporting fragments (default: {defaults.MinSupport}).", DefaultValueFactory = _ => defaults.MinSupport };
        var minAnchor = new Option<int>("--min-anchor") { Description = $"Fewest bases on each side of a split read (default: {defaults.MinAnchor}).", DefaultValueFactory = _ => defaults.MinAnchor };
        var mismatch = new Option<double>("--max-mismatch-rate") { Description = $"Mismatches allowed per read as a fraction of its length (default: {defaults.MaxMismatchRate}).", DefaultValueFactory = _ => defaults.MaxMismatchRate };
        var disable = new Option<string[]>("--disable-filter") { Description = "Switch a filter off by name; repeatable: duplicates, homology, repeat, pseudogene, read_through, low_complexity, splice_acceptor, novel_background, min_support (default: all on).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var novel = new Option<string?>("--novel-genes") { Description = "Genes for which partner-unknown fusions are reported, comma-separated or a file (default: NTRK1-3, ALK, ROS1, RET, BRAF, RAF1, FGFR1-3, MET, NRG1, EGFR, PDGFRA/B, ABL1, JAK2)." };
        var command = new Command("fusions", "Call gene fusions (split reads, spanning pairs, novel partners) from paired-end RNA-seq.")
        {
            index, r1, r2, output, discarded, threads, sample, minSupport, minAnchor, mismatch, disable, novel,
        };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var disabledNames = parse.GetValue(disable)!.SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
            var disabled = new HashSet<FilterId>();
            foreach (var name in disabledNames)
            {
                if (!FilterNames.TryParse(name, out var id))
                {
                    throw new UsageException($"unknown filter '{name}'; filters are: {string.Join(", ", FilterNames.All)}");
                }

                disabled.Add(id);
            }

            var options = new FusionOptions
            {
                MinSupport = parse.GetValue(minSupport),
                MinAnchor = parse.GetValue(minAnchor),
                MaxMismatchRate = parse.GetValue(mismatch),
                DisabledFilters = disabled,
                NovelPartnerGenes = GeneList.Parse(parse.GetValue(novel))?.ToHashSet(StringComparer.Ordinal) ?? FusionOptions.DefaultKinases,
            };
            if (parse.GetValue(threads) < 1 || options.MinAnchor < 1 || options.MaxMismatchRate is < 0 or >= 0.5)
            {
                throw new UsageException("--threads and --min-anchor must be at least 1, --max-mismatch-rate between 0 and 0.5");
            }

            return Run(parse, err, options);
        });
        return command;

        int Run(ParseResult parse, TextWriter err, FusionOptions options)
        {
            var clock = Stopwatch.StartNew();
            var indexDir = parse.GetValue(index)!;
            var read1 = parse.GetValue(r1)!;
            var read2 = parse.GetValue(r2)!;
            var idx = IndexStore.Load(indexDir);
            err.WriteLine($"trek fusions: index {indexDir}: genes={idx.Genes.Count} transcripts={idx.Transcripts.Count} k={idx.K} (loaded in {clock.Elapsed.TotalSeconds:F2} s)");
            using var progress = new ProgressReporter(err, "reading pairs");
            var evidence = FusionPipeline.Run(idx, read1, read2, options, parse.GetValue(threads), progress);
            progress.Finish();
            var seconds = clock.Elapsed.TotalSeconds;
            err.WriteLine($"trek fusions: read {evidence.Fragments:N0} pairs ({evidence.Fragments / Math.Max(seconds, 1e-3):N0} pairs/s); on index {evidence.FragmentsOnIndex:N0}");
            if (evidence.Fragments > 10_000 && evidence.FragmentsOnIndex * 10_000 < evidence.Fragments)
            {
                err.WriteLine("trek fusions: warning: fewer than 0.01 % of pairs touch the index: are the reads from this species and panel, and is this the right index?");
            }

            var calls = new FusionCaller(idx, options).Call(evidence);
            var (passed, removed) = calls;
            ReportStages(err, evidence, calls);
            var provenance = Provenance(parse, idx, indexDir, read1, evidence);
            WriteCalls(parse.GetValue(output)!, provenance, passed);
            if (parse.GetValue(discarded) is { } path)
            {
                WriteCalls(path, provenance, removed);
            }

            err.WriteLine($"trek fusions: {passed.Count} calls (high={passed.Count(c => c.Confidence == Confidence.High)}, medium={passed.Count(c => c.Confidence == Confidence.Medium)}, low={passed.Count(c => c.Confidence == Confidence.Low)}); {removed.Count} discarded; {clock.Elapsed.TotalSeconds:F2} s");
            return ExitCodes.Ok;
        }
    }

    /// <summary>Stage counts on stderr, Arriba style: candidates, then what each filter leaves, one line per enabled filter in run order.</summary>
    private static void ReportStages(TextWriter err, EvidenceAggregator evidence, CallSet calls)
    {
        foreach (var stage in calls.Stages)
        {
            err.WriteLine(stage.Stage == StageCount.Candidates
                ? $"trek fusions: candidates: split junctions={evidence.Splits.Count} spanning gene pairs={evidence.Spanning.Count} novel-partner sites={evidence.Novel.Count} (remaining={stage.Remaining})"
                : $"trek fusions: filter {stage.Stage} (remaining={stage.Remaining})");
        }
    }

    private static List<KeyValuePair<string, string>> Provenance(ParseResult parse, FusionIndex idx, string indexDir, string read1, EvidenceAggregator evidence)
    {
        var inputs = string.Join(",", idx.Manifest.Inputs.Select(i => $"{i.Role}:{i.Name}:sha256:{i.Sha256[..16]}"));
        return
        [
            new("trek_version", TrekVersion.Current),
            new("command", "trek " + string.Join(' ', parse.Tokens.Select(t => t.Value))),
            new("index", $"{indexDir} ({inputs}; k={idx.K}; genes={idx.Genes.Count})"),
            new("sample", parse.GetValue<string?>("--sample") ?? Path.GetFileName(read1)),
            new("fragments", evidence.Fragments.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
    }

    private static void WriteCalls(string path, List<KeyValuePair<string, string>> provenance, IReadOnlyList<FusionCall> calls)
    {
        using var file = AtomicFile.Create(path);
        FusionTsvWriter.Write(file.Stream, provenance, calls);
        file.Commit();
    }
}
