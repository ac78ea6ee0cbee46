using Trek.Fusion.Calling;
using Trek.Fusion.Output;

namespace Trek.Reports.Fusions;

/// <summary>
/// One row of fusions.tsv, typed. A value the caller could not determine (".") is null, never a default:
/// a partner-unknown call has <see cref="Gene1"/> (or only <see cref="Breakpoint1"/>) null.
/// </summary>
public sealed record FusionRecord
{
    /// <summary>1-based line in the source file, for messages.</summary>
    public required long Line { get; init; }

    public string? Sample { get; init; }

    public required string? Gene1 { get; init; }

    public required string Gene2 { get; init; }

    public required GenomicPosition? Breakpoint1 { get; init; }

    public required GenomicPosition? Breakpoint2 { get; init; }

    public required JunctionSite Site1 { get; init; }

    public required JunctionSite Site2 { get; init; }

    public required string? Transcript1 { get; init; }

    public required string? Transcript2 { get; init; }

    public required int? Exon1 { get; init; }

    public required int? Exon2 { get; init; }

    public required long SplitReads { get; init; }

    public required long SpanningPairs { get; init; }

    public required double Ffpm { get; init; }

    public required ReadingFrame ReadingFrame { get; init; }

    public required DomainRetention KinaseDomainRetained { get; init; }

    public required Confidence Confidence { get; init; }

    public required bool LargeAnchorSupport { get; init; }

    public required int Homology { get; init; }

    /// <summary>Sequence around the junction with `|` at the break, or null.</summary>
    public required string? FusionTranscript { get; init; }

    public required IReadOnlyList<string> Filters { get; init; }

    /// <summary>The 5' partner is not identified by an exact breakpoint: the caller assembled its sequence from reads.</summary>
    public bool PartnerUnknown => Breakpoint1 is null && SplitReads > 0;

    /// <summary>Only spanning pairs support the call: no exact breakpoint on either side.</summary>
    public bool SpanningOnly => SplitReads == 0;

    /// <summary>
    /// HGNC-style name, 5' gene first (Bruford et al. 2021); a partner that was not identified is written `.` as in the
    /// fusions TSV, so a call has one name in the TSV, the report, the cohort and the registry (`.::ALK`). The VICC exon-level
    /// form writes it `?` instead (<see cref="Nomenclature"/>).
    /// </summary>
    public string Name => $"{Gene1 ?? FusionFormat.Missing}::{Gene2 ?? FusionFormat.Missing}";
}
