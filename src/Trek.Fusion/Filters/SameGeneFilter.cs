using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;

namespace Trek.Fusion.Filters;

/// <summary>
/// A partner-unknown call whose assembled partner is the 3' gene's own RNA, upstream of the break on the same
/// strand, is that gene spliced in a way the annotation does not list (an exon skipped, an unannotated exon), not a
/// fusion: Arriba's `same_gene` filter removes such fragments for the same reason ("more likely they arise from
/// splicing", documentation/internal-algorithm.md). Seen on FusionCatcher's test reads: 5 reads join BRAF's exon
/// ending at 7:140739812 to the alternative last exon of ENST00000496384 (7:140726516), skipping the exon between
/// them; every one of their 60 partner bases is BRAF. The partner is matched with <see cref="PartnerMatcher"/> (20+
/// aligned bases, at most 10 % mismatches); "upstream" is decided on the genome (strand-aware) or, for a transcript
/// without coordinates, on the break's own transcript. A match downstream of the break (a tandem duplication, e.g.
/// an EGFR kinase-domain duplication) is a rearrangement and is kept.
/// </summary>
public sealed class SameGeneFilter(IReadOnlyDictionary<int, IReadOnlyList<Transcript>> transcriptsByGene) : IFusionFilter
{
    public FilterId Id => FilterId.SameGene;

    public bool Removes(FusionCandidate c) => Verdict(c) is not null;

    /// <summary>The removal with where the partner lies on the 3' gene, or null when the call stays.</summary>
    public FilterVerdict? Verdict(FusionCandidate c)
    {
        if (c.FivePrime is not null || c.Call.Partner is not { } partner || c.Call.Break2 is not { } brk
            || !transcriptsByGene.TryGetValue(c.ThreePrime.Index, out var transcripts))
        {
            return null;
        }

        var match = PartnerMatcher.Match(partner.Sequence, transcripts);
        return match is not null && Upstream(match, brk) ? FilterVerdict.SameGeneRemoved(match) : null;
    }

    private static bool Upstream(PartnerMatch m, JunctionSide brk)
    {
        var t = m.Transcript;
        var partnerEnd = t.GenomePosition(m.LastBase);
        if (partnerEnd >= 0 && brk.Genomic is { } g)
        {
            return t.Strand == Strand.Minus ? partnerEnd > g.Position : partnerEnd < g.Position;
        }

        return t.Id == brk.TranscriptId && m.LastBase < brk.TranscriptPosition;
    }
}
