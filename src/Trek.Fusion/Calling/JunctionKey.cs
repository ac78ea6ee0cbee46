namespace Trek.Fusion.Calling;

/// <summary>A fusion junction independent of isoform: both genes and the genomic position of the last 5' base and first 3' base.</summary>
public readonly record struct JunctionKey(int GeneA, long LocusA, int GeneB, long LocusB);
