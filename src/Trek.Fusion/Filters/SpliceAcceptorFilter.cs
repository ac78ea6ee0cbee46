namespace Trek.Fusion.Filters;

/// <summary>
/// A partner-unknown call whose assembled 5' sequence ends like an intron, a polypyrimidine tract
/// then AG (the 3' splice-site consensus, Burge, Tuschl and Sharp 1999), is unspliced pre-mRNA read
/// into the next exon, not a fusion partner; a transcript-shaped index has no intron to compare with,
/// so the sequence itself is the evidence. Rule: ends in AG and at least 60 % C/T in the 15 bases before.
/// Real partner exon ends rarely look like this (ETV6 exon 5: 33 %); removed calls stay in --discarded.
/// </summary>
public sealed class SpliceAcceptorFilter : IFusionFilter
{
    private const int Tract = 15;
    private const double MinPyrimidines = 0.6;

    public FilterId Id => FilterId.SpliceAcceptor;

    public bool Removes(FusionCandidate c) =>
        c.FivePrime is null && c.Call.Break1 is null && c.Call.Junction is { } j && LooksLikeAcceptor(j.FivePrime);

    internal static bool LooksLikeAcceptor(string partner)
    {
        if (partner.Length < Tract + 2 || !partner.EndsWith("AG", StringComparison.Ordinal))
        {
            return false;
        }

        var tract = partner[^(Tract + 2)..^2];
        return tract.Count(b => b is 'C' or 'T') >= MinPyrimidines * Tract;
    }
}
