namespace Trek.Fusion.Calling;

/// <summary>One reported fusion (a row of fusions.tsv). Missing values are ".".</summary>
public sealed record FusionCall
{
    public required string Gene1 { get; init; }

    public required string Gene2 { get; init; }

    public string Fusion => $"{Gene1}::{Gene2}";

    public required string Breakpoint1 { get; init; }

    public required string Breakpoint2 { get; init; }

    public required string Transcript1 { get; init; }

    public required string Transcript2 { get; init; }

    public required string Exon1 { get; init; }

    public required string Exon2 { get; init; }

    public required string Site1 { get; init; }

    public required string Site2 { get; init; }

    public required long SplitReads { get; init; }

    public required long SpanningPairs { get; init; }

    public required double Ffpm { get; init; }

    public required string ReadingFrame { get; init; }

    public required string KinaseDomainRetained { get; init; }

    public required bool LargeAnchorSupport { get; init; }

    public required int Homology { get; init; }

    public string Confidence { get; set; } = "low";

    public required string FusionTranscript { get; init; }

    /// <summary>Read-level removals ("duplicates(3)") and, for discarded calls, the filters that removed them.</summary>
    public List<string> Filters { get; } = [];

    public bool Discarded { get; set; }

    public long Support => SplitReads + SpanningPairs;

    /// <summary>Sort rank: high, medium, low.</summary>
    public int ConfidenceRank => Confidence switch { "high" => 0, "medium" => 1, _ => 2 };
}
