using Trek.Fusion.Annotation;

namespace Trek.Fusion.Calling;

/// <summary>
/// A base on the reference genome: contig as the index's FASTA names it, 1-based position in true
/// chromosome coordinates (mini-genome offsets already added back), the transcript's strand, and the
/// genome assembly the index was built on (null when the annotation does not say, e.g. a bare transcriptome).
/// </summary>
public readonly record struct GenomicPosition(string Contig, long Position, Strand Strand, string? Assembly);
