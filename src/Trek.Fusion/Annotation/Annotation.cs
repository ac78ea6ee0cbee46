namespace Trek.Fusion.Annotation;

/// <summary>Genes and transcripts (with sequences) that an index is built from.</summary>
public sealed record Annotation(IReadOnlyList<Gene> Genes, IReadOnlyList<Transcript> Transcripts, string Shape);
