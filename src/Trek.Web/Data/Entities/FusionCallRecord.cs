namespace Trek.Web.Data.Entities;

/// <summary>One row of an imported `trek fusions` TSV, kept as the caller reported it (columns of docs/fusion.md).</summary>
public sealed class FusionCallRecord : RegistryEntity
{
    public long SampleId { get; set; }

    public required string Gene1 { get; set; }

    public required string Gene2 { get; set; }

    public required string Fusion { get; set; }

    public required string Breakpoint1 { get; set; }

    public required string Breakpoint2 { get; set; }

    public required string ReadingFrame { get; set; }

    public required string KinaseDomainRetained { get; set; }

    public required string Confidence { get; set; }

    public int SplitReads { get; set; }

    public int SpanningPairs { get; set; }

    public required string SourceFile { get; set; }
}
