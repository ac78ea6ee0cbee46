using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Annotation;
using Trek.Fusion.Index;

namespace Trek.Fusion.Calling;

/// <summary>
/// Describes a junction on the transcripts users expect: among the isoforms that share the break it
/// picks one where the break is an exon boundary, then MANE Select / canonical / CCDS, then one that
/// keeps the kinase domain, then the longest CDS. Adds exon numbers, reading frame, domain retention
/// and the sequence around the break.
/// </summary>
public sealed class FusionAnnotator(FusionIndex index)
{
    private const int Flank = 60;

    public (Transcript Transcript, int Position) Choose5Prime(int transcript, int position) => Choose(transcript, position, fivePrime: true);

    public (Transcript Transcript, int Position) Choose3Prime(int transcript, int position) => Choose(transcript, position, fivePrime: false);

    private (Transcript, int) Choose(int transcript, int position, bool fivePrime)
    {
        var given = index.Transcripts[transcript];
        var locus = given.GenomePosition(position);
        var options = new List<(Transcript T, int Pos)> { (given, position) };
        if (locus >= 0)
        {
            foreach (var t in index.TranscriptsByGene[given.Gene])
            {
                if (t.Index != given.Index && TxPosition(t, locus) is { } p)
                {
                    options.Add((t, p));
                }
            }
        }

        return options
            .OrderByDescending(o => fivePrime ? o.T.IsExonEnd(o.Pos) : o.T.IsExonStart(o.Pos))
            .ThenBy(o => o.T.Rank)
            .ThenByDescending(o => !fivePrime && o.T.DomainStart >= 0 && o.Pos <= o.T.DomainStart)
            .ThenByDescending(o => o.T.HasCds)
            .ThenByDescending(o => o.T.CdsEnd - o.T.CdsStart)
            .ThenByDescending(o => o.T.Length)
            .ThenBy(o => o.T.Id, StringComparer.Ordinal)
            .First();
    }

    private static int? TxPosition(Transcript t, long locus)
    {
        foreach (var e in t.Exons)
        {
            var lo = e.RefStart + e.OrigShift;
            var hi = e.RefEnd + e.OrigShift;
            if (locus >= lo && locus <= hi)
            {
                return e.TxStart + (int)(t.Strand == '-' ? hi - locus : locus - lo);
            }
        }

        return null;
    }

    public string Breakpoint(Transcript t, int pos)
    {
        var g = t.GenomePosition(pos);
        return g >= 0 ? $"{t.Chrom}:{g}:{t.Strand}" : $"{t.Id}:{pos + 1}";
    }

    public static string ExonNumber(Transcript t, int pos)
    {
        var i = t.ExonAt(pos);
        return i < 0 ? "." : t.Exons[i].Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Site(Transcript t, int pos, bool fivePrime) =>
        t.Exons.Length == 0 ? "." : (fivePrime ? t.IsExonEnd(pos) : t.IsExonStart(pos)) ? "splice-site" : "exon";

    /// <summary>
    /// in-frame when the 5' CDS contributes a number of bases that leaves the 3' CDS in its own frame;
    /// stop-codon when in frame but a stop appears before the 3' gene's own stop; "." when either break
    /// is outside a CDS (no fused open reading frame to judge).
    /// </summary>
    public static string ReadingFrame(Transcript a, int posA, Transcript b, int posB)
    {
        if (!a.HasCds || !b.HasCds || posA < a.CdsStart || posA >= a.CdsEnd - 3 || posB < b.CdsStart || posB >= b.CdsEnd)
        {
            return ".";
        }

        var phaseA = (posA - a.CdsStart + 1) % 3;
        var phaseB = (posB - b.CdsStart) % 3;
        if (phaseA != phaseB)
        {
            return "out-of-frame";
        }

        var fused = new byte[(posA - a.CdsStart + 1) + (b.CdsEnd - 3 - posB)];
        a.Codes.AsSpan(a.CdsStart, posA - a.CdsStart + 1).CopyTo(fused);
        b.Codes.AsSpan(posB, b.CdsEnd - 3 - posB).CopyTo(fused.AsSpan(posA - a.CdsStart + 1));
        return GeneticCode.Translate(fused).Contains('*') ? "stop-codon" : "in-frame";
    }

    /// <summary>
    /// yes: the whole kinase-domain-coding region lies 3' of the break and the frame does not rule it out;
    /// no: the break falls in or after the domain, or the fusion is out of frame / stopped; ".": no domain known for the gene.
    /// </summary>
    public string KinaseDomainRetained(Transcript b, int posB, string frame)
    {
        if (b.DomainStart < 0)
        {
            return index.TranscriptsByGene[b.Gene].Any(t => t.DomainStart >= 0) ? "no" : ".";
        }

        if (posB > b.DomainStart)
        {
            return "no";
        }

        return frame is "out-of-frame" or "stop-codon" ? "no" : "yes";
    }

    public static string FusionTranscript(ReadOnlySpan<byte> fivePrime, Transcript b, int posB)
    {
        var sb = new StringBuilder();
        foreach (var c in fivePrime)
        {
            sb.Append(Dna.Letter(c));
        }

        sb.Append('|');
        var end = Math.Min(b.Length, posB + Flank);
        for (var i = posB; i < end; i++)
        {
            sb.Append(Dna.Letter(b.Codes[i]));
        }

        return sb.ToString();
    }

    public static ReadOnlySpan<byte> FivePrimeFlank(Transcript a, int posA)
    {
        var start = Math.Max(0, posA + 1 - Flank);
        return a.Codes.AsSpan(start, posA + 1 - start);
    }
}
