namespace Trek.Fusion.Calling;

/// <summary>
/// Where a call's support came from in the evidence, so the `--evidence` pass can find the same reads again:
/// the split-read junction, the gene pair whose spanning pairs it took, the partner-unknown site and the assembled
/// partner contig, and the transcripts (index, 0-based position of the last 5' / first 3' base) its fused sequence
/// is cut from. Null parts do not apply (a spanning-only call has no junction and no transcript positions).
/// </summary>
public sealed record CallSources(
    JunctionKey? Split,
    (int GeneA, int GeneB)? Spanning,
    (int Gene, long Locus)? NovelSite,
    PartnerContig? Partner,
    (int Transcript, int Position)? FivePrime,
    (int Transcript, int Position)? ThreePrime);
