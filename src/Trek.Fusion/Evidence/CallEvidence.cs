using Trek.Fusion.Calling;

namespace Trek.Fusion.Evidence;

/// <summary>
/// What `--evidence` writes for one reported call (PROTOCOL trek.evidence/1): its id, the call, the fused
/// sequence (base codes: the 5' side up to the junction, then the 3' side from it), the junction offset (length
/// of the 5' side = 0-based index of the first 3' base) and its supporting fragments placed on that sequence.
/// </summary>
public sealed record CallEvidence(string CallId, FusionCall Call, byte[] Contig, int JunctionOffset, IReadOnlyList<PlacedFragment> Fragments);
