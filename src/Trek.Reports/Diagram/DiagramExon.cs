namespace Trek.Reports.Diagram;

/// <summary>An exon in transcript coordinates (0-based, end exclusive) with its Ensembl exon number.</summary>
public readonly record struct DiagramExon(int Number, int Start, int End);
