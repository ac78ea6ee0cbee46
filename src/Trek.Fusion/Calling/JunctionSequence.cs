namespace Trek.Fusion.Calling;

/// <summary>
/// The fused sequence around the break, as two DNA strings (A, C, G, T, N) in transcript orientation:
/// up to 60 bases of the 5' partner ending at the break, then up to 60 bases of the 3' partner starting at it.
/// For a partner-unknown call the 5' part is the consensus of the reads' unplaced prefixes.
/// </summary>
public sealed record JunctionSequence(string FivePrime, string ThreePrime);
