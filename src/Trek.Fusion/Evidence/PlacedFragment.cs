namespace Trek.Fusion.Evidence;

/// <summary>
/// A supporting fragment with its mates placed on the fused sequence; null = the mate could not be placed within the
/// mismatch allowance (it is written unmapped, SAM flag 0x4). For a split read only the mate crossing the junction is
/// placed and written.
/// </summary>
public sealed record PlacedFragment(EvidenceFragment Fragment, Placement? Read1, Placement? Read2);
