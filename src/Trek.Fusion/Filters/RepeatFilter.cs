using Trek.Core.Sequences;
using Trek.Fusion.Index;

namespace Trek.Fusion.Filters;

/// <summary>
/// Both sides of the junction are repeat sequence: in the 30 bases on each side, at least half of
/// the 15-mers also occur in another indexed gene, or the bases are at least 75 % identical to the
/// Alu consensus (ungapped; Alu copies differ from it by 5-20 %). Such calls join two copies of a
/// repeat (Alu in the UTRs of two panel genes, matched by reads of genomic Alus), the commonest false
/// fusion on a panel (Arriba handles them with its blacklist and "mismappers" filter).
/// </summary>
public sealed class RepeatFilter(RepeatMap? repeats) : IFusionFilter
{
    private const int Side = 30;
    private const double MinShared = 0.5;
    private const double MinAluIdentity = 0.75;

    public FilterId Id => FilterId.Repeat;

    public bool Removes(FusionCandidate c)
    {
        if (c.FivePrime is not { } a || c.Call.Junction is not { } j || j.FivePrime.Length < Side || j.ThreePrime.Length < Side)
        {
            return false;
        }

        return IsRepeat(j.FivePrime.AsSpan(j.FivePrime.Length - Side, Side), a.Index)
            && IsRepeat(j.ThreePrime.AsSpan(0, Side), c.ThreePrime.Index);
    }

    private bool IsRepeat(ReadOnlySpan<char> side, int gene)
    {
        Span<byte> codes = stackalloc byte[Side];
        for (var i = 0; i < Side; i++)
        {
            codes[i] = Dna.Code((byte)side[i]);
        }

        return (repeats is not null && repeats.SharedFraction(codes, gene) >= MinShared) || AluConsensus.Identity(codes) >= MinAluIdentity;
    }
}
