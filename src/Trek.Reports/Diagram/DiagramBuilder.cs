using Trek.Core;
using Trek.Fusion.Annotation;
using Trek.Fusion.Index;
using Trek.Reports.Fusions;

namespace Trek.Reports.Diagram;

/// <summary>
/// Places a call's breakpoints on the index's transcripts (the same transcripts fusions.tsv names), so the diagram
/// is drawn from the annotation the call was made with, not from a second copy of it.
/// </summary>
public static class DiagramBuilder
{
    /// <exception cref="InputException">A transcript or breakpoint of the call is not in this index.</exception>
    public static FusionDiagram? Build(FusionRecord call, FusionIndex index, string source)
    {
        if (call.Transcript2 is null || call.Breakpoint2 is not { } b2)
        {
            return null; // spanning-only: no breakpoint to draw
        }

        var three = Transcript(index, call.Transcript2, source, call.Line);
        var start = three.PositionOf(b2.Position) ?? throw InputException.At(source, call.Line, $"breakpoint2 {b2.Contig}:{b2.Position} is not on an exon of {three.Id} in this index (was the table made with another index?)");
        var threePrime = Draw(index, three, start, three.Length);
        if (call.Transcript1 is null || call.Breakpoint1 is not { } b1)
        {
            var assembled = call.FusionTranscript?.IndexOf('|', StringComparison.Ordinal) ?? 0;
            return new FusionDiagram(call, null, threePrime, Math.Max(0, assembled));
        }

        var five = Transcript(index, call.Transcript1, source, call.Line);
        var end = five.PositionOf(b1.Position) ?? throw InputException.At(source, call.Line, $"breakpoint1 {b1.Contig}:{b1.Position} is not on an exon of {five.Id} in this index (was the table made with another index?)");
        return new FusionDiagram(call, Draw(index, five, 0, end + 1), threePrime, 0);
    }

    private static Transcript Transcript(FusionIndex index, string id, string source, long line) =>
        index.Transcripts.FirstOrDefault(t => t.Id == id)
        ?? throw InputException.At(source, line, $"transcript {id} is not in this index (was the table made with another index?)");

    private static DiagramTranscript Draw(FusionIndex index, Transcript t, int keptStart, int keptEnd) =>
        new(index.Genes[t.Gene].Name, t.Id, t.Length, [.. t.Exons.Select(e => new DiagramExon(e.Number, e.TxStart, e.TxEnd))],
            t.CdsStart, t.CdsEnd, t.DomainStart, t.DomainEnd, keptStart, keptEnd);
}
