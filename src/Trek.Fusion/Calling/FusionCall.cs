using Trek.Fusion.Annotation;
using Trek.Fusion.Filters;

namespace Trek.Fusion.Calling;

/// <summary>
/// One fusion call, typed. Unknown parts are null (a partner-unknown call has no <see cref="Gene1"/>; a call
/// from spanning pairs alone has no exact junction on either side) or an explicit Unknown enum member.
/// Text (".", "splice-site", "yes") is made only by the writers in Output/.
/// </summary>
public sealed record FusionCall
{
    /// <summary>The 5' partner; null when the partner is unknown (only the 3' kinase side was seen).</summary>
    public required Gene? Gene1 { get; init; }

    /// <summary>The 3' partner.</summary>
    public required Gene Gene2 { get; init; }

    /// <summary>The HGNC fusion name "5'::3'" (HGNC gene-fusion nomenclature, Bruford et al. 2021), "." standing for an unknown partner as Arriba writes it; also the sort key.</summary>
    public string Fusion => $"{Gene1?.Name ?? "."}::{Gene2.Name}";

    /// <summary>The exact 5' side of the junction; null when no read crosses the break (spanning pairs only, or partner unknown).</summary>
    public required JunctionSide? Break1 { get; init; }

    /// <summary>The exact 3' side of the junction; null when no read crosses the break.</summary>
    public required JunctionSide? Break2 { get; init; }

    public JunctionSite Site1 => Break1?.Site ?? JunctionSite.Unknown;

    public JunctionSite Site2 => Break2?.Site ?? JunctionSite.Unknown;

    /// <summary>Distinct split reads (duplicates removed unless that filter is off).</summary>
    public required long SplitReads { get; init; }

    /// <summary>Distinct discordant pairs (one mate on each gene).</summary>
    public required long SpanningPairs { get; init; }

    /// <summary>Fusion fragments per million fragments sequenced (STAR-Fusion's FFPM).</summary>
    public required double Ffpm { get; init; }

    public required ReadingFrame Frame { get; init; }

    public required DomainRetention KinaseDomain { get; init; }

    /// <summary>At least one split read has the large anchor (25 bases by default) on both sides.</summary>
    public required bool LargeAnchorSupport { get; init; }

    /// <summary>Longest stretch at the break that both partners share (bases).</summary>
    public required int Homology { get; init; }

    /// <summary>The fused sequence around the break; null without an exact 3' break.</summary>
    public required JunctionSequence? Junction { get; init; }

    /// <summary>
    /// For a call made from partner-unknown reads: the assembled 5' partner (its sequence is the 5' part of
    /// <see cref="Junction"/>, its length and the fragments behind it are here); null for split-read and spanning calls.
    /// </summary>
    public PartnerContig? Partner { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Low;

    /// <summary>Where the support came from (for `--evidence`); null for calls not made from evidence (tests, readers).</summary>
    public CallSources? Sources { get; init; }

    /// <summary>The call matches the known-fusion list (`--known-fusions`); shown as `known` in the `tags` column.</summary>
    public bool Known { get; init; }

    /// <summary>Read-level removals (duplicates, homology: counts), then the candidate-level filters that removed the call, in filter order.</summary>
    public IReadOnlyList<FilterVerdict> Verdicts { get; init; } = [];

    /// <summary>A candidate-level filter removed the call (it goes to the discarded file).</summary>
    public bool Discarded => Verdicts.Any(v => v.RemovesCall);

    public long Support => SplitReads + SpanningPairs;
}
