namespace Trek.Reports.Fusions;

/// <summary>A fusion breakpoint on the genome: chromosome, 1-based position and the gene's strand (fusions.tsv `12:11869969:+`).</summary>
public readonly record struct GenomicBreakpoint(string Chromosome, long Position, char Strand);
