using Trek.Fusion.Calling;

namespace Trek.Fusion.Evidence;

/// <summary>
/// Which reported call (by 0-based rank) each piece of evidence belongs to, from the calls' <see cref="CallSources"/>:
/// a split junction, a gene pair's spanning pairs, a partner-unknown site with its assembled contigs.
/// </summary>
internal sealed class EvidenceTargets
{
    public EvidenceTargets(IReadOnlyList<FusionCall> calls)
    {
        for (var rank = 0; rank < calls.Count; rank++)
        {
            if (calls[rank].Sources is not { } s)
            {
                continue;
            }

            if (s.Split is { } key)
            {
                Splits[key] = rank;
            }

            if (s.Spanning is { } pair)
            {
                Spanning[pair] = rank;
            }

            if (s is { NovelSite: { } site, Partner: { } contig })
            {
                if (!Novel.TryGetValue(site, out var list))
                {
                    list = [];
                    Novel[site] = list;
                }

                list.Add((rank, contig, [.. contig.Signatures]));
            }
        }
    }

    public Dictionary<JunctionKey, int> Splits { get; } = [];

    public Dictionary<(int GeneA, int GeneB), int> Spanning { get; } = [];

    public Dictionary<(int Gene, long Locus), List<(int Rank, PartnerContig Contig, HashSet<ulong> Fragments)>> Novel { get; } = [];

    /// <summary>
    /// The call a partner-unknown read belongs to: the contig it helped build (by fragment signature), else the first
    /// contig whose sequence its 5' part agrees with (the assembler's own rule), else none.
    /// </summary>
    public int? NovelCall((int Gene, long Locus) site, ulong signature, byte[] prefix)
    {
        if (!Novel.TryGetValue(site, out var contigs))
        {
            return null;
        }

        foreach (var (rank, _, fragments) in contigs)
        {
            if (fragments.Contains(signature))
            {
                return rank;
            }
        }

        foreach (var (rank, contig, _) in contigs)
        {
            if (PartnerAssembler.SameEnd(contig.Sequence, prefix))
            {
                return rank;
            }
        }

        return null;
    }
}
