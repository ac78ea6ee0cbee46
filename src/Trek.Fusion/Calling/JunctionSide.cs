namespace Trek.Fusion.Calling;

/// <summary>
/// One side of an exact junction: the transcript chosen to describe it (id and the annotation's version of it, null when unversioned), the last (5') or first (3') fused
/// base in transcript coordinates (0-based), the same base on the genome when the transcript is tied to it,
/// the exon number holding it (null when outside every exon) and whether it is a splice site.
/// </summary>
public sealed record JunctionSide(string TranscriptId, string? TranscriptVersion, int TranscriptPosition, GenomicPosition? Genomic, int? Exon, JunctionSite Site);
