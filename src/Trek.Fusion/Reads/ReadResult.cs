namespace Trek.Fusion.Reads;

/// <summary>The outcome of aligning one read; fields beyond <see cref="Kind"/> apply to the kinds named.</summary>
public struct ReadResult
{
    public ReadKind Kind;

    /// <summary>Full: the transcript segment that explains the read.</summary>
    public Segment Segment;

    /// <summary>Full: the read's k-mers also explain it in another gene (paralogues); not used as spanning evidence.</summary>
    public bool MultiGene;

    /// <summary>Full: every k-mer that placed the read also lies in another gene (a repeat); not used as spanning evidence.</summary>
    public bool Repeat;

    /// <summary>Split: the junction.</summary>
    public SplitHit Split;

    /// <summary>Novel: the 3' transcript, its first base after the break, and the unplaced 5' part (codes).</summary>
    public int NovelTranscript;

    public int NovelPosition;

    public byte[]? NovelPrefix;
}
