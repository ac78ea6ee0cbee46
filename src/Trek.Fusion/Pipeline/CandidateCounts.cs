namespace Trek.Fusion.Pipeline;

/// <summary>The evidence a run found before calling: distinct split-read junctions, gene pairs joined by spanning pairs, partner-unknown 3' sites.</summary>
public readonly record struct CandidateCounts(int SplitJunctions, int SpanningGenePairs, int NovelSites);
