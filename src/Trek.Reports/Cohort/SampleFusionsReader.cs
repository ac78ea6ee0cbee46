using System.Globalization;
using Trek.Core;
using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Output;
using Trek.Reports.Fusions;

namespace Trek.Reports.Cohort;

/// <summary>
/// A sample's fusions.tsv for the cohort, read by the one fusions.tsv reader (<see cref="FusionTableReader"/>: columns
/// by name, every field parsed, errors with file, line and column) and checked for what a cohort needs on top: the
/// `##sample=` and `##fragments=` provenance lines, and a `sample` column that agrees with them.
/// </summary>
public static class SampleFusionsReader
{
    /// <exception cref="InputException">Not a fusions.tsv, a malformed row, or provenance a cohort cannot use.</exception>
    public static SampleFusions Read(string path)
    {
        var table = FusionTableReader.Read(path, path == "-" ? "<stdin>" : path);
        var sample = table.ProvenanceValue("sample") ?? throw InputException.At(table.Source, null, "no ##sample= line: not a fusions.tsv written by `trek fusions`");
        var fragmentsText = table.ProvenanceValue("fragments");
        if (!long.TryParse(fragmentsText, NumberStyles.None, CultureInfo.InvariantCulture, out var fragments))
        {
            throw InputException.At(table.Source, null, $"##fragments= is '{fragmentsText ?? "missing"}', not a whole number of read pairs");
        }

        var calls = new List<CohortCall>(table.Calls.Count);
        foreach (var c in table.Calls)
        {
            if (c.Sample is { } named && named != sample)
            {
                throw InputException.At(table.Source, c.Line, $"column 'sample' is '{named}' but ##sample= says '{sample}'");
            }

            calls.Add(Call(c));
        }

        return new SampleFusions(table.Source, sample, fragments, calls);
    }

    /// <summary>The cohort's view of one call; the cells the cohort tables echo are written back as fusions.tsv writes them.</summary>
    private static CohortCall Call(FusionRecord c) => new(
        c.Name,
        c.Gene1,
        c.Gene2,
        c.Breakpoint1 is { } b1 ? Position(b1) : null,
        c.Breakpoint2 is { } b2 ? Position(b2) : null,
        c.Exon1?.ToString(CultureInfo.InvariantCulture),
        c.Exon2?.ToString(CultureInfo.InvariantCulture),
        checked((int)c.SplitReads),
        checked((int)c.SpanningPairs),
        (decimal)c.Ffpm,
        Cell(FusionFormat.Frame(c.ReadingFrame)),
        Cell(FusionFormat.Domain(c.KinaseDomainRetained)),
        c.Confidence switch
        {
            Confidence.High => CallConfidence.High,
            Confidence.Medium => CallConfidence.Medium,
            Confidence.Low => CallConfidence.Low,
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Confidence, "confidence"),
        });

    private static string Position(GenomicPosition p) => string.Create(CultureInfo.InvariantCulture, $"{p.Contig}:{p.Position}:{Strands.Symbol(p.Strand)}");

    /// <summary>"." (the writer's missing value) as null, as the cohort records keep it.</summary>
    private static string? Cell(string text) => text == "." ? null : text;
}
