namespace Trek.Fusion.Reads;

/// <summary>
/// A read across a fusion junction: the last base of the 5' transcript and the first base of the 3'
/// transcript (transcript coordinates), the bases on each side, how far the break could slide without
/// changing the alignment (micro-homology), and whether the read fits one gene alone almost as well.
/// </summary>
public readonly record struct SplitHit(int TranscriptA, int PositionA, int TranscriptB, int PositionB, int AnchorA, int AnchorB, int Homology, bool Homologous);
