using System.CommandLine;
using System.Diagnostics;
using Trek.Core;
using Trek.Fusion.Index;

namespace Trek.Cli.Commands.Fusion;

/// <summary>`trek index`: builds the fusion index from a reference and its annotation.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var fasta = new Option<string>("--fasta") { Description = "Reference FASTA (.gz allowed): transcript sequences named by transcript id, or a genome. Required.", Required = true };
        var gtf = new Option<string>("--gtf") { Description = "GTF annotation matching the FASTA (.gz allowed): exons, CDS, gene names. Required.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Index directory to write (created if missing). Required.", Required = true };
        var genes = new Option<string?>("--genes") { Description = "Restrict to these genes: comma-separated names/ids, or a file with one per line (default: all genes in the GTF)." };
        var kmer = new Option<int>("--kmer") { Description = "k-mer length, odd, 15-31 (default: 31).", DefaultValueFactory = _ => 31 };
        var domains = new Option<string?>("--domains") { Description = "Kinase-domain table (columns entrez_symbol, name, kinase_domain_seq) (default: the bundled TRKA/B/C table, Manning 2002)." };
        var maxMemory = new Option<string?>("--max-memory") { Description = "Refuse up front, with the estimate, when the build would need more memory than this: a size such as 4G or 800M (K, M, G, T = powers of 1024) (default: no limit)." };
        var command = new Command("index", "Build a fusion index from a reference FASTA and its GTF.") { fasta, gtf, output, genes, kmer, domains, maxMemory };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            var clock = Stopwatch.StartNew();
            if (!IndexBuilder.IsValidK(parse.GetValue(kmer)))
            {
                throw new UsageException($"--kmer must be odd and between 15 and 31 (got {parse.GetValue(kmer)})");
            }

            long? limit = null;
            if (parse.GetValue(maxMemory) is { } memoryText)
            {
                limit = MemoryLimit.TryParse(memoryText, out var bytes, out var error) ? bytes : throw new UsageException($"--max-memory: {error}");
            }

            var dir = parse.GetValue(output)!;
            var geneValue = parse.GetValue(genes);
            using var files = new CommandFiles(parse)
                .Input("--fasta", parse.GetValue(fasta)).Input("--gtf", parse.GetValue(gtf)).Input("--domains", parse.GetValue(domains))
                .Input("--genes", geneValue is not null && File.Exists(geneValue) ? geneValue : null)
                .OutputsIn("--output", dir, IndexStore.DataFile, IndexStore.ManifestFile)
                .Open();
            var index = IndexBuilder.Build(parse.GetValue(fasta)!, parse.GetValue(gtf)!, GeneList.Parse(geneValue), parse.GetValue(kmer), parse.GetValue(domains), err, limit);
            var checksum = IndexStore.Save(index, dir);
            var m = index.Manifest;
            err.WriteLine($"trek index: {m.Shape} reference; assembly {m.Assembly ?? "not stated"}; annotation {m.Annotation ?? "not stated"}; genes={m.Genes} transcripts={m.Transcripts} kmers={m.DistinctKmers:N0} k={m.K}; " +
                          $"kinase domains located in {index.Transcripts.Count(t => t.DomainStart >= 0)} transcripts; wrote {dir} in {clock.Elapsed.TotalSeconds:F1} s; " +
                          $"{IndexStore.DataFile} {new FileInfo(Path.Combine(dir, IndexStore.DataFile)).Length:N0} bytes, XxHash3 {checksum}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
