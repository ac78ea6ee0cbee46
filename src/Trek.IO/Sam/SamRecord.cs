namespace Trek.IO.Sam;

/// <summary>
/// One SAM alignment line (SAM v1.6 §1.4), typed: the 11 mandatory fields and the optional `TAG:TYPE:VALUE`
/// fields by tag (value only; its type letter dropped). <see cref="Pos"/> is 1-based (0 = none); <see cref="Cigar"/> is empty for `*`;
/// <see cref="Line"/> is the 1-based line in the file (for messages).
/// </summary>
public sealed record SamRecord(
    string QName,
    int Flag,
    string RName,
    long Pos,
    int MapQ,
    IReadOnlyList<CigarOp> Cigar,
    string RNext,
    long PNext,
    long TLen,
    string Seq,
    string Qual,
    IReadOnlyDictionary<string, string> Tags,
    long Line)
{
    public bool Unmapped => (Flag & 0x4) != 0;

    public bool Reverse => (Flag & 0x10) != 0;

    /// <summary>Reference bases the alignment covers (M/D/N/=/X), 0 when unmapped.</summary>
    public int ReferenceLength => Unmapped ? 0 : Cigar.Where(c => c.ConsumesReference).Sum(c => c.Length);

    /// <summary>
    /// Each aligned read base with the 1-based reference position it sits on (M/=/X only: inserted and clipped
    /// bases have none), in reference order; what a coverage track or a base-by-base check needs.
    /// </summary>
    public IEnumerable<(int ReadIndex, long RefPosition)> AlignedPairs()
    {
        if (Unmapped)
        {
            yield break;
        }

        var q = 0;
        var r = Pos;
        foreach (var op in Cigar)
        {
            if (op.Op is 'M' or '=' or 'X')
            {
                for (var i = 0; i < op.Length; i++)
                {
                    yield return (q + i, r + i);
                }
            }

            q += op.ConsumesQuery ? op.Length : 0;
            r += op.ConsumesReference ? op.Length : 0;
        }
    }
}
