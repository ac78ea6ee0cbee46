using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Lists;

/// <summary>
/// One side of a known-fusion or blacklist entry, as Arriba writes it (documentation/04-Input-files.md,
/// "Blacklist"): a gene name of the annotation, or a 1-based coordinate `CONTIG:POSITION` or range
/// `CONTIG:START-END`, optionally prefixed with the strand (`+9:56743754`).
/// </summary>
public sealed record FusionRegion(string? GeneName, string? Contig, long Start, long End, Strand? Strand)
{
    public static FusionRegion Gene(string name) => new(name, null, 0, 0, null);

    public static FusionRegion Range(string contig, long start, long end, Strand? strand) => new(null, contig, start, end, strand);

    /// <summary>
    /// True when the call's side (its gene, its exact break) lies in this region. A gene name matches the gene's symbol;
    /// a coordinate matches only an exact genomic break (a spanning-only side has none, so it never matches a coordinate).
    /// Contig names match with or without a "chr" prefix (Ensembl "12" = UCSC "chr12").
    /// </summary>
    public bool Matches(Annotation.Gene? gene, JunctionSide? side)
    {
        if (GeneName is not null)
        {
            return gene is not null && string.Equals(gene.Name, GeneName, StringComparison.Ordinal);
        }

        return side?.Genomic is { } g
            && SameContig(g.Contig, Contig!)
            && g.Position >= Start && g.Position <= End
            && (Strand is null || Strand == g.Strand);
    }

    private static bool SameContig(string a, string b) =>
        string.Equals(Bare(a), Bare(b), StringComparison.Ordinal);

    private static string Bare(string contig) => contig.StartsWith("chr", StringComparison.Ordinal) ? contig[3..] : contig;
}
