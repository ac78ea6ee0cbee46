namespace Trek.Fusion.Reads;

/// <summary>
/// A stretch of a read, in the orientation that reads sense on <see cref="Transcript"/>, that aligns without
/// gaps: read position x lies on transcript position x + <see cref="Diagonal"/> for x in [<see cref="Start"/>, <see cref="End"/>).
/// <see cref="Antisense"/> says the original read had to be reverse-complemented first; <see cref="Specific"/>, that at
/// least one k-mer placing it lies in this gene only (not a repeat shared with other genes).
/// </summary>
public readonly record struct Segment(int Transcript, int Gene, int Diagonal, bool Antisense, int Start, int End, bool Specific = true)
{
    public int Length => End - Start;
}
