using System.Security.Cryptography;
using Trek.Core;
using Trek.Fusion.Annotation;

namespace Trek.Fusion.Index;

/// <summary>`trek index`: reference + annotation (+ optional gene list and domain table) to an in-memory index.</summary>
public static class IndexBuilder
{
    public const int FormatVersion = 3;

    public static FusionIndex Build(string fasta, string gtf, IReadOnlyList<string>? genes, int k, string? domainsPath, TextWriter? log)
    {
        if (k is < 15 or > 31 || k % 2 == 0)
        {
            throw new UsageException($"--kmer must be odd and between 15 and 31 (got {k})");
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
        DomainLocator.Locate(annotation.Transcripts, annotation.Genes, domains);
        var kmers = KmerTable.Build(annotation.Transcripts, k);
        var inputs = new List<IndexInput> { Describe("fasta", fasta), Describe("gtf", gtf) };
        if (domainsPath is not null)
        {
            inputs.Add(Describe("domains", domainsPath));
        }

        var manifest = new IndexManifest(FormatVersion, TrekVersion.Current, annotation.Shape, k, inputs, genes, annotation.Genes.Count, annotation.Transcripts.Count, kmers.DistinctKmers);
        return new FusionIndex(manifest, annotation.Genes, annotation.Transcripts, kmers, BoundaryMap.Build(annotation.Transcripts, true), BoundaryMap.Build(annotation.Transcripts, false));
    }

    private static IndexInput Describe(string role, string path)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new IndexInput(role, Path.GetFileName(path), new FileInfo(path).Length, hash);
    }
}
