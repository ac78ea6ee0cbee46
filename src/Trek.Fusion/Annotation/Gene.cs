namespace Trek.Fusion.Annotation;

/// <summary>A gene of the index, with its locus in true chromosome coordinates (1-based inclusive).</summary>
public sealed record Gene(int Index, string Id, string Name, string Chrom, Strand Strand, long Start, long End);
