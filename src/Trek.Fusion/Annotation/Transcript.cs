namespace Trek.Fusion.Annotation;

/// <summary>
/// A transcript of the index: sequence as base codes in transcript orientation, exons in transcript
/// order, the CDS span and the kinase-domain-coding span (both transcript coordinates, end exclusive, -1 if none).
/// Immutable once built: the domain span is located at index time and given through <see cref="WithDomain"/>.
/// </summary>
public sealed class Transcript
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    /// <summary>The annotation's version of the transcript (Ensembl `transcript_version`, the N of ENST...N), or null when it gives none.</summary>
    public string? Version { get; init; }

    public required int Gene { get; init; }

    public required string Chrom { get; init; }

    public required Strand Strand { get; init; }

    public required string Biotype { get; init; }

    /// <summary>0 = MANE Select, 1 = Ensembl canonical, 2 = CCDS, 3 = other; lower is preferred when annotating.</summary>
    public required int Rank { get; init; }

    public required byte[] Codes { get; init; }

    /// <summary>Exons in transcript order; empty when the sequence could not be tied to the genome.</summary>
    public required Exon[] Exons { get; init; }

    public int CdsStart { get; init; } = -1;

    public int CdsEnd { get; init; } = -1;

    /// <summary>
    /// For each exon, the <see cref="IntronFlank"/> genome bases just upstream of it in transcript orientation
    /// (the end of the preceding intron); empty for a transcriptome-shaped reference, which has no introns.
    /// </summary>
    public byte[] IntronsBefore { get; init; } = [];

    public const int IntronFlank = 30;

    public int DomainStart { get; init; } = -1;

    public int DomainEnd { get; init; } = -1;

    /// <summary>This transcript with the kinase-domain-coding span [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public Transcript WithDomain(int start, int end) => new()
    {
        Index = Index,
        Id = Id,
        Version = Version,
        Gene = Gene,
        Chrom = Chrom,
        Strand = Strand,
        Biotype = Biotype,
        Rank = Rank,
        Codes = Codes,
        Exons = Exons,
        CdsStart = CdsStart,
        CdsEnd = CdsEnd,
        IntronsBefore = IntronsBefore,
        DomainStart = start,
        DomainEnd = end,
    };

    public int Length => Codes.Length;

    public bool HasCds => CdsStart >= 0 && CdsEnd > CdsStart;

    /// <summary>Index into <see cref="Exons"/> of the exon holding transcript position <paramref name="pos"/>, or -1.</summary>
    public int ExonAt(int pos)
    {
        var lo = 0;
        var hi = Exons.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var e = Exons[mid];
            if (pos < e.TxStart)
            {
                hi = mid - 1;
            }
            else if (pos >= e.TxEnd)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>True chromosome position (1-based) of a transcript position, or -1 without genome coordinates.</summary>
    public long GenomePosition(int pos)
    {
        var i = ExonAt(pos);
        if (i < 0)
        {
            return -1;
        }

        var e = Exons[i];
        var offset = pos - e.TxStart;
        var refPos = Strand == Strand.Minus ? e.RefEnd - offset : e.RefStart + offset;
        return refPos + e.OrigShift;
    }

    /// <summary>Is <paramref name="pos"/> the last base of an exon that is not the transcript's last?</summary>
    public bool IsExonEnd(int pos)
    {
        var i = ExonAt(pos);
        return i >= 0 && i < Exons.Length - 1 && Exons[i].TxEnd == pos + 1;
    }

    /// <summary>The intron bases just upstream of exon <paramref name="exon"/>, or empty when unknown.</summary>
    public ReadOnlySpan<byte> IntronBefore(int exon) =>
        IntronsBefore.Length == 0 || exon <= 0 ? default : IntronsBefore.AsSpan(exon * IntronFlank, IntronFlank);

    /// <summary>Is <paramref name="pos"/> the first base of an exon that is not the transcript's first?</summary>
    public bool IsExonStart(int pos)
    {
        var i = ExonAt(pos);
        return i > 0 && Exons[i].TxStart == pos;
    }

    /// <summary>Transcript position of a chromosome position (1-based, true coordinates incl. the mini-genome shift), or null off the exons.</summary>
    public int? PositionOf(long locus)
    {
        foreach (var e in Exons)
        {
            var lo = e.RefStart + e.OrigShift;
            var hi = e.RefEnd + e.OrigShift;
            if (locus >= lo && locus <= hi)
            {
                return e.TxStart + (int)(Strand == Strand.Minus ? hi - locus : locus - lo);
            }
        }

        return null;
    }
}
