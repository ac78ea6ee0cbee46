namespace Trek.Fusion.Calling;

/// <summary>
/// One assembled 5' partner at a partner-unknown site: the consensus sequence (base codes, ending at the
/// junction) and the signatures of the fragments whose reads built it (sorted; one per distinct fragment).
/// </summary>
public sealed record PartnerContig(byte[] Sequence, IReadOnlyList<ulong> Signatures)
{
    public int Length => Sequence.Length;

    public int Reads => Signatures.Count;
}
