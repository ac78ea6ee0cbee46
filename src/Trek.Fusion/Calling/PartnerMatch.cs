using Trek.Fusion.Annotation;

namespace Trek.Fusion.Calling;

/// <summary>
/// Where an assembled partner sequence lies on a gene: the transcript, its last aligned base (transcript
/// coordinates: the 5' break when <see cref="Unmatched"/> is 0), the aligned length and its mismatches, and
/// how many contig bases lie between that base and the junction (sequence from neither exon: intron).
/// </summary>
public sealed record PartnerMatch(Transcript Transcript, int LastBase, int Aligned, int Mismatches, int Unmatched);
