using Trek.Fusion.Calling;
using Trek.Fusion.Index;

namespace Trek.Fusion.Evidence;

/// <summary>
/// The sequence a call's reads are placed on: the 5' transcript up to and including its last fused base, then
/// the 3' transcript from its first fused base to its end (whole transcripts, so spanning mates far from the
/// junction land too). A partner-unknown call (or a named one joined through an assembled partner) uses the
/// assembled partner sequence as its 5' side. A spanning-only call has no junction: the two genes' first-ranked
/// transcripts are joined end to start, the offset marking only where one ends.
/// </summary>
public static class FusedSequence
{
    public static (byte[] Codes, int JunctionOffset) Of(FusionIndex index, FusionCall call)
    {
        var s = call.Sources ?? throw new ArgumentException("the call carries no evidence sources (not made by FusionCaller)", nameof(call));
        byte[] five;
        if (s.Partner is { } partner)
        {
            five = partner.Sequence;
        }
        else if (s.FivePrime is { } a)
        {
            five = index.Transcripts[a.Transcript].Codes[..(a.Position + 1)];
        }
        else
        {
            five = First(index, call.Gene1!.Index).Codes;
        }

        var three = s.ThreePrime is { } b ? index.Transcripts[b.Transcript].Codes[b.Position..] : First(index, call.Gene2.Index).Codes;
        return ([.. five, .. three], five.Length);
    }

    private static Annotation.Transcript First(FusionIndex index, int gene) =>
        index.TranscriptsByGene[gene].OrderBy(t => t.Rank).ThenBy(t => t.Index).First();
}
