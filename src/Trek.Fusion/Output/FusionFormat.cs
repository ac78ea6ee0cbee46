using System.Globalization;
using Trek.Fusion.Annotation;
using Trek.Fusion.Calling;
using Trek.Fusion.Filters;

namespace Trek.Fusion.Output;

/// <summary>
/// The text of each typed part of a call as fusions.tsv shows it (Arriba conventions: "." for missing,
/// "splice-site"/"exon", "in-frame"/"out-of-frame"/"stop-codon", "yes"/"no"). The only place these words exist.
/// </summary>
public static class FusionFormat
{
    public const string Missing = ".";

    public static string Gene(Gene? gene) => gene?.Name ?? Missing;

    /// <summary>"contig:position:strand" on the genome, else "transcript:position" (1-based) on the transcript.</summary>
    public static string Breakpoint(JunctionSide? side) => side switch
    {
        null => Missing,
        { Genomic: { } g } => string.Create(CultureInfo.InvariantCulture, $"{g.Contig}:{g.Position}:{Strands.Symbol(g.Strand)}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{side.TranscriptId}:{side.TranscriptPosition + 1}"),
    };

    public static string Transcript(JunctionSide? side) => side?.TranscriptId ?? Missing;

    public static string Exon(JunctionSide? side) => side?.Exon is { } n ? n.ToString(CultureInfo.InvariantCulture) : Missing;

    public static string Site(JunctionSite site) => site switch
    {
        JunctionSite.SpliceSite => "splice-site",
        JunctionSite.Exon => "exon",
        _ => Missing,
    };

    public static string Frame(ReadingFrame frame) => frame switch
    {
        ReadingFrame.InFrame => "in-frame",
        ReadingFrame.OutOfFrame => "out-of-frame",
        ReadingFrame.StopCodon => "stop-codon",
        _ => Missing,
    };

    public static string Domain(DomainRetention retention) => retention switch
    {
        DomainRetention.Retained => "yes",
        DomainRetention.Lost => "no",
        _ => Missing,
    };

    public static string Confidence(Confidence confidence) => confidence switch
    {
        Calling.Confidence.High => "high",
        Calling.Confidence.Medium => "medium",
        _ => "low",
    };

    /// <summary>5' bases, "|", 3' bases (the break between them).</summary>
    public static string Junction(JunctionSequence? junction) => junction is null ? Missing : $"{junction.FivePrime}|{junction.ThreePrime}";

    /// <summary>The `tags` column (Arriba's name): `known` for a call on the known-fusion list, else ".".</summary>
    public static string Tags(FusionCall call) => call.Known ? "known" : Missing;

    /// <summary>"duplicates(3),homology(1),min_support": read-level removals with counts, then the filters that removed the call.</summary>
    public static string Filters(IReadOnlyList<FilterVerdict> verdicts) =>
        verdicts.Count == 0 ? Missing : string.Join(',', verdicts.Select(Verdict));

    /// <summary>"same_gene(transcript=ENST...;partner_end=7:140739812)": where the partner's last base lies on the 3' gene (1-based; transcript position when the transcript has no genome coordinates).</summary>
    private static string SameGene(FilterId id, PartnerMatch m)
    {
        var g = m.Transcript.GenomePosition(m.LastBase);
        var end = g >= 0 ? $"{m.Transcript.Chrom}:{g}" : $"{m.Transcript.Id}:{m.LastBase + 1}";
        return string.Create(CultureInfo.InvariantCulture, $"{FilterNames.Of(id)}(transcript={m.Transcript.Id};partner_end={end})");
    }

    public static string Verdict(FilterVerdict v) => v switch
    {
        { RemovesCall: true, Against: { } b } => string.Create(CultureInfo.InvariantCulture,
            $"{FilterNames.Of(v.Filter)}(exon_starts={b.ExonStarts};median_others={b.Median:0.#};mean_others={b.Mean:0.##};p={b.TailProbability:0.#E+0})"),
        { RemovesCall: true, SameGene: { } m } => SameGene(v.Filter, m),
        { RemovesCall: true, Entry: { } e } => string.Create(CultureInfo.InvariantCulture, $"{FilterNames.Of(v.Filter)}(line={e.Line};entry={e.Text})"),
        { RemovesCall: true } => FilterNames.Of(v.Filter),
        _ => string.Create(CultureInfo.InvariantCulture, $"{FilterNames.Of(v.Filter)}({v.Reads})"),
    };
}
