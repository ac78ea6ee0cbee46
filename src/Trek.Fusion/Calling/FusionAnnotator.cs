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
                if (t.Index != given.Index && t.PositionOf(locus) is { } p)
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

    /// <summary>The junction side at transcript position <paramref name="pos"/> (0-based): genome position when the transcript is tied to the genome, exon number, site.</summary>
    public JunctionSide Side(Transcript t, int pos, bool fivePrime)
    {
        var g = t.GenomePosition(pos);
        GenomicPosition? genomic = g >= 0 ? new GenomicPosition(t.Chrom, g, t.Strand, index.Manifest.Assembly) : null;
        var exon = t.ExonAt(pos);
        var site = t.Exons.Length == 0 ? JunctionSite.Unknown : (fivePrime ? t.IsExonEnd(pos) : t.IsExonStart(pos)) ? JunctionSite.SpliceSite : JunctionSite.Exon;
        return new JunctionSide(t.Id, t.Version, pos, genomic, exon < 0 ? null : t.Exons[exon].Number, site);
    }

    /// <summary>
    /// In frame when the 5' CDS contributes a number of bases that leaves the 3' CDS in its own frame;
    /// stop codon when in frame but a stop appears before the 3' gene's own stop; unknown when either break
    /// is outside a CDS (no fused open reading frame to judge).
    /// </summary>
    public static ReadingFrame Frame(Transcript a, int posA, Transcript b, int posB)
    {
        if (!a.HasCds || !b.HasCds || posA < a.CdsStart || posA >= a.CdsEnd - 3 || posB < b.CdsStart || posB >= b.CdsEnd)
        {
            return ReadingFrame.Unknown;
        }

        var phaseA = (posA - a.CdsStart + 1) % 3;
        var phaseB = (posB - b.CdsStart) % 3;
        if (phaseA != phaseB)
        {
            return ReadingFrame.OutOfFrame;
        }

        var fused = new byte[(posA - a.CdsStart + 1) + (b.CdsEnd - 3 - posB)];
        a.Codes.AsSpan(a.CdsStart, posA - a.CdsStart + 1).CopyTo(fused);
        b.Codes.AsSpan(posB, b.CdsEnd - 3 - posB).CopyTo(fused.AsSpan(posA - a.CdsStart + 1));
        return GeneticCode.Translate(fused).Contains('*') ? ReadingFrame.StopCodon : ReadingFrame.InFrame;
    }

    /// <summary>
    /// Retained: the whole kinase-domain-coding region lies 3' of the break and the frame does not rule it out;
    /// lost: the break falls in or after the domain, or the fusion is out of frame / stopped; unknown: no domain known for the gene.
    /// </summary>
    public DomainRetention KinaseDomain(Transcript b, int posB, ReadingFrame frame)
    {
        if (b.DomainStart < 0)
        {
            return index.TranscriptsByGene[b.Gene].Any(t => t.DomainStart >= 0) ? DomainRetention.Lost : DomainRetention.Unknown;
        }

        if (posB > b.DomainStart)
        {
            return DomainRetention.Lost;
        }

        return frame is ReadingFrame.OutOfFrame or ReadingFrame.StopCodon ? DomainRetention.Lost : DomainRetention.Retained;
    }

    /// <summary>The 5' bases given (ending at the break) and up to 60 bases of the 3' transcript from <paramref name="posB"/>.</summary>
    public static JunctionSequence Junction(ReadOnlySpan<byte> fivePrime, Transcript b, int posB)
    {
        var end = Math.Min(b.Length, posB + Flank);
        return new JunctionSequence(Letters(fivePrime), Letters(b.Codes.AsSpan(posB, Math.Max(0, end - posB))));
    }

    private static string Letters(ReadOnlySpan<byte> codes)
    {
        var sb = new StringBuilder(codes.Length);
        foreach (var c in codes)
        {
            sb.Append(Dna.Letter(c));
        }

        return sb.ToString();
    }

    public static ReadOnlySpan<byte> FivePrimeFlank(Transcript a, int posA)
    {
        var start = Math.Max(0, posA + 1 - Flank);
        return a.Codes.AsSpan(start, posA + 1 - start);
    }
}
