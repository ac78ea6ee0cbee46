namespace Trek.Fusion.Annotation;

/// <summary>
/// One exon of a transcript: its span in transcript coordinates (0-based, end exclusive), its span on
/// the reference sequence the GTF names (1-based inclusive), and the shift to true chromosome
/// coordinates (EasyFuse-style mini-genomes carry them as OrigCoords; 0 for an ordinary genome).
/// </summary>
public readonly record struct Exon(int Number, int TxStart, int TxEnd, long RefStart, long RefEnd, long OrigShift)
{
    public int Length => TxEnd - TxStart;
}
