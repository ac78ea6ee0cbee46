namespace Trek.Web.Import;

/// <summary>The columns of one fusions.tsv row the registry keeps.</summary>
public sealed record FusionTsvRow(string Gene1, string Gene2, string Fusion, string Breakpoint1, string Breakpoint2, string ReadingFrame,
    string KinaseDomainRetained, string Confidence, int SplitReads, int SpanningPairs);
