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
public sealed class RepeatFilter(RepeatMap? repeats, Func<string, int> geneIndex) : IFusionFilter
{
    private const int Side = 30;
    private const double MinShared = 0.5;
    private const double MinAluIdentity = 0.75;

    public string Name => "repeat";

    public bool Removes(FilterInput c)
    {
        if (c.FivePrime is null)
        {
            return false;
        }

        var seq = c.Call.FusionTranscript;
        var bar = seq.IndexOf('|');
        if (bar < Side || seq.Length - bar - 1 < Side)
        {
            return false;
        }

        return IsRepeat(seq.AsSpan(bar - Side, Side), geneIndex(c.FivePrime.Name))
            && IsRepeat(seq.AsSpan(bar + 1, Side), geneIndex(c.ThreePrime.Name));
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
