using System.Diagnostics;
using System.Security.Cryptography;
using Trek.Core;
using Trek.Fusion.Annotation;
using Trek.IO.Gtf;
using Trek.IO.Kinases;

namespace Trek.Fusion.Index;

/// <summary>`trek index`: reference + annotation (+ optional gene list and domain table) to an in-memory index.</summary>
public static class IndexBuilder
{
    /// <summary>
    /// 5: each distinct k-mer stored once with its primary occurrence, the others reached through runs of shared
    /// sequence; 64-byte-aligned raw sections used through a memory mapping; XxHash3 section checksums.
    /// (4: per-section checksums, the repeat map, transcript versions, assembly and annotation release.)
    /// </summary>
    public const int FormatVersion = 5;

    /// <summary>Is <paramref name="k"/> a k-mer length the index supports (odd, so no k-mer is its own reverse complement; 15-31, so it fits 64 bits)?</summary>
    public static bool IsValidK(int k) => k is >= 15 and <= 31 && k % 2 == 1;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not a supported k-mer length (<see cref="IsValidK"/>).</exception>
    /// <exception cref="InputException">The reference, annotation or domain table is malformed or they do not belong together.</exception>
    /// <exception cref="InputException">The index would need more than <paramref name="maxMemory"/> bytes (refused before the k-mer table is allocated).</exception>
    public static FusionIndex Build(string fasta, string gtf, IReadOnlyList<string>? genes, int k, string? domainsPath, TextWriter? log, long? maxMemory = null)
    {
        var clock = Stopwatch.StartNew();
        if (!IsValidK(k))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"the k-mer length must be odd and between 15 and 31 (got {k})");
        }

        var filter = genes is null ? null : new HashSet<string>(genes, StringComparer.Ordinal);
        var annotation = AnnotationBuilder.Build(fasta, gtf, filter, log);
        if (filter is not null)
        {
            var found = annotation.Genes.SelectMany(g => new[] { g.Name, g.Id }).ToHashSet(StringComparer.Ordinal);
            var missing = filter.Where(g => !found.Contains(g)).ToList();
            if (missing.Count > 0)
            {
                log?.WriteLine($"trek index: warning: not in the annotation: {string.Join(", ", missing)}");
            }
        }

        var domains = domainsPath is null ? KinaseDomainTable.Bundled() : KinaseDomainTable.Read(domainsPath);
        var transcripts = DomainLocator.Locate(annotation.Transcripts, annotation.Genes, domains);
        var bases = transcripts.Sum(t => (long)t.Length);
        log?.WriteLine($"trek index: read {transcripts.Count:N0} transcripts of {annotation.Genes.Count:N0} genes, {bases:N0} bases ({clock.Elapsed.TotalSeconds:F1} s)");
        var estimate = DistinctEstimate.Of(transcripts, k);
        var tableBytes = KmerTableBuilder.BytesFor(KmerTableBuilder.SlotsFor(estimate));
        var inUse = Environment.WorkingSet;
        log?.WriteLine($"trek index: about {estimate:N0} distinct {k}-mers: a k-mer table of {tableBytes / 1e6:F0} MB, with {inUse / 1e6:F0} MB in use ({clock.Elapsed.TotalSeconds:F1} s)");
        if (maxMemory is { } limit && inUse + tableBytes > limit)
        {
            throw new InputException($"the index needs about {(inUse + tableBytes) / 1e6:F0} MB (a {tableBytes / 1e6:F0} MB table for about {estimate:N0} distinct {k}-mers, {inUse / 1e6:F0} MB in use), more than --max-memory {limit / 1e6:F0} MB: raise it or restrict the genes with --genes");
        }

        var kmers = KmerTableBuilder.Build(transcripts, k, estimate, log);
        var inputs = new List<IndexInput> { Describe("fasta", fasta), Describe("gtf", gtf) };
        if (domainsPath is not null)
        {
            inputs.Add(Describe("domains", domainsPath));
        }

        var header = GtfReader.Header(gtf);
        var (assembly, release) = AnnotationRelease.Of(header);
        var manifest = new IndexManifest(FormatVersion, TrekVersion.Current, annotation.Shape, k, inputs, genes, annotation.Genes.Count, transcripts.Count, kmers.DistinctKmers)
        {
            Assembly = assembly,
            Annotation = release,
            AnnotationHeader = header,
        };
        return new FusionIndex(manifest, annotation.Genes, transcripts, kmers, BoundaryMap.Build(transcripts, true), BoundaryMap.Build(transcripts, false), RepeatMap.Build(transcripts));
    }

    private static IndexInput Describe(string role, string path)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new IndexInput(role, Path.GetFileName(path), new FileInfo(path).Length, hash);
    }
}
