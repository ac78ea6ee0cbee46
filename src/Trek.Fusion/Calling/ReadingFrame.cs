namespace Trek.Fusion.Calling;

/// <summary>
/// The fused open reading frame: in frame, out of frame, in frame but with a premature stop codon,
/// or unknown (a break outside either CDS: there is no fused ORF to judge).
/// </summary>
public enum ReadingFrame
{
    Unknown,
    InFrame,
    OutOfFrame,
    StopCodon,
}
