namespace Trek.Fusion.Calling;

/// <summary>
/// Tie-break order of junction sides when ranking calls: no exact side first, then genome positions
/// (contig by ordinal name, then position, then strand), then transcript-only positions (transcript id, position).
/// </summary>
public sealed class JunctionSideOrder : IComparer<JunctionSide?>
{
    public static JunctionSideOrder Instance { get; } = new();

    public int Compare(JunctionSide? x, JunctionSide? y)
    {
        if (x is null || y is null)
        {
            return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        }

        if (x.Genomic is { } gx && y.Genomic is { } gy)
        {
            var byContig = string.CompareOrdinal(gx.Contig, gy.Contig);
            return byContig != 0 ? byContig : gx.Position != gy.Position ? gx.Position.CompareTo(gy.Position) : gx.Strand.CompareTo(gy.Strand);
        }

        if (x.Genomic is not null || y.Genomic is not null)
        {
            return x.Genomic is not null ? -1 : 1;
        }

        var byId = string.CompareOrdinal(x.TranscriptId, y.TranscriptId);
        return byId != 0 ? byId : x.TranscriptPosition.CompareTo(y.TranscriptPosition);
    }
}
