namespace Trek.Fusion.Evidence;

/// <summary>
/// One supporting fragment kept for `--evidence`: its name (mate suffix dropped), both mates as read (ASCII),
/// whether it is split-read or spanning-pair support, which mate crosses the junction (1 or 2; 0 for a spanning
/// pair) and its duplicate signature.
/// </summary>
public sealed record EvidenceFragment(string Name, EvidenceKind Kind, byte[] Read1, byte[] Read2, int SplitMate, ulong Signature);
