namespace Trek.Fusion.Annotation;

/// <summary>What the GTF says of one transcript, gathered before its sequence is known.</summary>
internal sealed class TranscriptDraft
{
    public required string Id { get; init; }

    public string? Version { get; set; }

    public required string GeneId { get; init; }

    public required string GeneName { get; init; }

    public required string Seqname { get; init; }

    public required Strand Strand { get; init; }

    public string Biotype { get; set; } = ".";

    public int Rank { get; set; } = 3;

    public List<(long Start, long End, int Number, long OrigShift)> Exons { get; } = [];

    public List<(long Start, long End)> Cds { get; } = [];

    /// <summary>Exons in transcript order (5' to 3').</summary>
    public List<(long Start, long End, int Number, long OrigShift)> OrderedExons() =>
        Strand == Strand.Minus ? [.. Exons.OrderByDescending(e => e.Start)] : [.. Exons.OrderBy(e => e.Start)];
}
