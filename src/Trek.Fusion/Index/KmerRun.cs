using System.Runtime.InteropServices;

namespace Trek.Fusion.Index;

/// <summary>
/// A stretch of <see cref="Length"/> consecutive k-mers of transcript <see cref="Transcript"/> from <see cref="Start"/>
/// whose primary occurrences (<see cref="KmerTable"/>) are <see cref="Length"/> consecutive positions of transcript
/// <see cref="PrimaryTranscript"/> from <see cref="PrimaryStart"/>: in the same order (an exon shared by isoforms, a
/// repeat within a transcript) or, when <see cref="Reverse"/> is 1, in reverse order on the other strand (an antisense
/// overlap). Stored raw in `trek.idx` (24 bytes, little-endian), so the layout is fixed.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct KmerRun(int PrimaryTranscript, int PrimaryStart, int Length, int Transcript, int Start, int Reverse)
{
    /// <summary>End (exclusive) of the primary positions the run covers.</summary>
    public int PrimaryEnd => PrimaryStart + Length;

    /// <summary>The position in <see cref="Transcript"/> of the k-mer whose primary is at <paramref name="primaryPosition"/> (inside the run).</summary>
    public int PositionOf(int primaryPosition) =>
        Reverse != 0 ? Start + (PrimaryEnd - 1 - primaryPosition) : Start + (primaryPosition - PrimaryStart);
}
