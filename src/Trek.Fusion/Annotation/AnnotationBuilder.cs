using System.Text;
using Trek.Core;
using Trek.Core.Sequences;
using Trek.IO.Fasta;
using Trek.IO.Gtf;

namespace Trek.Fusion.Annotation;

/// <summary>
/// Builds transcripts from the two reference shapes users have: a transcriptome FASTA named by
/// transcript id with its GTF (sequence taken as is), or a genome FASTA with a genome GTF (exons
/// spliced). Genome coordinates come from the GTF, shifted by OrigCoords where a mini-genome gives them.
/// </summary>
public static class AnnotationBuilder
{
    private static readonly HashSet<string> Features = ["gene", "transcript", "exon", "CDS"];

    /// <param name="genes">Gene names or ids to keep; null keeps all.</param>
    public static Annotation Build(string fastaPath, string gtfPath, IReadOnlySet<string>? genes, TextWriter? log = null)
    {
        var drafts = ReadGtf(gtfPath, genes, out var geneLoci);
        if (drafts.Count == 0)
        {
            throw InputException.At(gtfPath, null, genes is null ? "no transcripts with exons in the GTF" : "none of the requested genes has a transcript in the GTF");
        }

        var byId = new Dictionary<string, TranscriptDraft>(StringComparer.Ordinal);
        foreach (var d in drafts.Values)
        {
            byId[d.Id] = d;
            if (d.Version is not null)
            {
                byId[$"{d.Id}.{d.Version}"] = d;
            }
        }

        var seqnames = drafts.Values.Select(d => d.Seqname).ToHashSet(StringComparer.Ordinal);
        var geneIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var geneList = new List<Gene>();
        var transcripts = new List<Transcript>();
        string? shape = null;
        var matched = 0;
        foreach (var record in FastaReader.Read(fastaPath))
        {
            if (shape is null)
            {
                shape = byId.ContainsKey(record.Id) || byId.ContainsKey(StripVersion(record.Id)) ? "transcriptome"
                    : seqnames.Contains(record.Id) ? "genome"
                    : null;
                if (shape is null && !AnyMatch(record.Id))
                {
                    continue;
                }
            }

            if (shape == "transcriptome")
            {
                if (!byId.TryGetValue(record.Id, out var d) && !byId.TryGetValue(StripVersion(record.Id), out d))
                {
                    continue;
                }

                matched++;
                transcripts.Add(FromTranscriptSequence(d, record, GeneOf(d), transcripts.Count, log));
            }
            else if (shape == "genome" && seqnames.Contains(record.Id))
            {
                matched++;
                foreach (var d in drafts.Values.Where(x => x.Seqname == record.Id).OrderBy(x => x.Id, StringComparer.Ordinal))
                {
                    var t = FromGenome(d, record, GeneOf(d), transcripts.Count, log);
                    if (t is not null)
                    {
                        transcripts.Add(t);
                    }
                }
            }
        }

        if (matched == 0)
        {
            throw new InputException($"{fastaPath}: no FASTA record name matches a transcript id or a sequence name of {gtfPath}: reference and annotation do not belong together");
        }

        return new Annotation(geneList, transcripts, shape ?? "transcriptome");

        bool AnyMatch(string id) => byId.ContainsKey(id) || seqnames.Contains(id);

        int GeneOf(TranscriptDraft d)
        {
            if (!geneIndex.TryGetValue(d.GeneId, out var gi))
            {
                gi = geneList.Count;
                geneIndex[d.GeneId] = gi;
                var locus = geneLoci.TryGetValue(d.GeneId, out var l) ? l : (d.Seqname, d.Exons.Min(e => e.Start + e.OrigShift), d.Exons.Max(e => e.End + e.OrigShift));
                geneList.Add(new Gene(gi, d.GeneId, d.GeneName, locus.Item1, d.Strand, locus.Item2, locus.Item3));
            }

            return gi;
        }
    }

    private static string StripVersion(string id)
    {
        var dot = id.LastIndexOf('.');
        return dot > 0 ? id[..dot] : id;
    }

    private static Dictionary<string, TranscriptDraft> ReadGtf(string path, IReadOnlySet<string>? genes, out Dictionary<string, (string, long, long)> geneLoci)
    {
        var drafts = new Dictionary<string, TranscriptDraft>(StringComparer.Ordinal);
        geneLoci = new Dictionary<string, (string, long, long)>(StringComparer.Ordinal);
        foreach (var r in GtfReader.Read(path, Features))
        {
            var geneId = r.Attribute("gene_id");
            if (geneId is null)
            {
                continue;
            }

            var geneName = r.Attribute("gene_name") ?? geneId;
            if (genes is not null && !genes.Contains(geneName) && !genes.Contains(geneId) && !genes.Contains(StripVersion(geneId)))
            {
                continue;
            }

            var shift = OrigShift(r);
            if (r.Feature == "gene")
            {
                geneLoci[geneId] = (r.Seqname, r.Start + shift, r.End + shift);
                continue;
            }

            var txId = r.Attribute("transcript_id");
            if (txId is null)
            {
                continue;
            }

            if (!drafts.TryGetValue(txId, out var d))
            {
                if (!Strands.TryParse(r.Strand, out var strand))
                {
                    throw new InputException($"{path}: transcript {txId}: strand '{r.Strand}' is neither + nor -; a transcript must have a strand");
                }

                d = new TranscriptDraft { Id = txId, GeneId = geneId, GeneName = geneName, Seqname = r.Seqname, Strand = strand };
                drafts[txId] = d;
            }

            d.Version ??= r.Attribute("transcript_version");
            d.Biotype = r.Attribute("transcript_biotype") ?? r.Attribute("transcript_type") ?? d.Biotype;
            d.Rank = Math.Min(d.Rank, r.Tags.Contains("MANE_Select") ? 0 : r.Tags.Contains("Ensembl_canonical") ? 1 : r.Tags.Contains("CCDS") ? 2 : 3);
            if (r.Feature == "exon")
            {
                var number = int.TryParse(r.Attribute("exon_number"), out var n) ? n : 0;
                d.Exons.Add((r.Start, r.End, number, shift));
            }
            else if (r.Feature == "CDS")
            {
                d.Cds.Add((r.Start, r.End));
            }
        }

        foreach (var key in drafts.Where(kv => kv.Value.Exons.Count == 0).Select(kv => kv.Key).ToList())
        {
            drafts.Remove(key);
        }

        return drafts;
    }

    /// <summary>OrigCoords "start-end" gives the true chromosome start of this record; the shift maps GTF coordinates onto it.</summary>
    private static long OrigShift(GtfRecord r)
    {
        var orig = r.Attribute("OrigCoords");
        if (orig is null)
        {
            return 0;
        }

        var dash = orig.IndexOf('-', 1);
        return dash > 0 && long.TryParse(orig[..dash], out var origStart) ? origStart - r.Start : 0;
    }

    private static Transcript FromTranscriptSequence(TranscriptDraft d, FastaRecord record, int gene, int index, TextWriter? log)
    {
        var codes = Encode(record.Sequence);
        var exons = LayOut(d);
        if (exons.Length > 0 && exons[^1].TxEnd != codes.Length)
        {
            log?.WriteLine($"trek index: warning: {d.Id}: exons sum to {exons[^1].TxEnd} nt but the FASTA sequence has {codes.Length}; genome coordinates and exon numbers are not reported for it");
            exons = [];
        }

        return Make(d, gene, index, codes, exons);
    }

    private static Transcript? FromGenome(TranscriptDraft d, FastaRecord contig, int gene, int index, TextWriter? log)
    {
        var ordered = d.OrderedExons();
        if (ordered.Any(e => e.Start < 1 || e.End > contig.Sequence.Length))
        {
            log?.WriteLine($"trek index: warning: {d.Id}: an exon lies outside sequence {contig.Id} ({contig.Sequence.Length:N0} nt); transcript skipped");
            return null;
        }

        var sb = new StringBuilder();
        foreach (var e in ordered)
        {
            var piece = contig.Sequence.Substring((int)e.Start - 1, (int)(e.End - e.Start + 1));
            sb.Append(d.Strand == Strand.Minus ? Dna.ReverseComplement(piece) : piece);
        }

        return Make(d, gene, index, Encode(sb.ToString()), LayOut(d), IntronFlanks(d, ordered, contig.Sequence));
    }

    private static byte[] Encode(string sequence)
    {
        var ascii = Encoding.ASCII.GetBytes(sequence);
        var codes = new byte[ascii.Length];
        Dna.Encode(ascii, codes);
        return codes;
    }

    private static Exon[] LayOut(TranscriptDraft d)
    {
        var ordered = d.OrderedExons();
        var exons = new Exon[ordered.Count];
        var tx = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            var len = (int)(e.End - e.Start + 1);
            exons[i] = new Exon(e.Number > 0 ? e.Number : i + 1, tx, tx + len, e.Start, e.End, e.OrigShift);
            tx += len;
        }

        return exons;
    }

    /// <summary>The end of the intron before each exon, from the genome: what an unspliced pre-mRNA read shows there.</summary>
    private static byte[] IntronFlanks(TranscriptDraft d, List<(long Start, long End, int Number, long OrigShift)> ordered, string contig)
    {
        const int n = Transcript.IntronFlank;
        var flanks = new byte[ordered.Count * n];
        Array.Fill(flanks, Dna.N);
        for (var i = 1; i < ordered.Count; i++)
        {
            var e = ordered[i];
            var from = d.Strand == Strand.Minus ? e.End : e.Start - 1 - n;
            if (from < 0 || from + n > contig.Length)
            {
                continue;
            }

            var piece = contig.Substring((int)from, n);
            Encoding.ASCII.GetBytes(d.Strand == Strand.Minus ? Dna.ReverseComplement(piece) : piece).CopyTo(flanks, i * n);
            Dna.Encode(flanks.AsSpan(i * n, n), flanks.AsSpan(i * n, n));
        }

        return flanks;
    }

    private static Transcript Make(TranscriptDraft d, int gene, int index, byte[] codes, Exon[] exons, byte[]? intronsBefore = null)
    {
        var (cdsStart, cdsEnd) = CdsSpan(d, exons);
        return new Transcript
        {
            Index = index,
            Id = d.Id,
            Version = d.Version,
            Gene = gene,
            Chrom = d.Seqname,
            Strand = d.Strand,
            Biotype = d.Biotype,
            Rank = d.Rank,
            Codes = codes,
            Exons = exons,
            CdsStart = cdsStart,
            CdsEnd = cdsEnd,
            IntronsBefore = intronsBefore ?? [],
        };
    }

    /// <summary>CDS in transcript coordinates; Ensembl CDS features exclude the stop codon, so 3 nt are added when they fit.</summary>
    private static (int, int) CdsSpan(TranscriptDraft d, Exon[] exons)
    {
        if (d.Cds.Count == 0 || exons.Length == 0)
        {
            return (-1, -1);
        }

        var first = d.Strand == Strand.Minus ? d.Cds.Max(c => c.End) : d.Cds.Min(c => c.Start);
        var last = d.Strand == Strand.Minus ? d.Cds.Min(c => c.Start) : d.Cds.Max(c => c.End);
        var start = ToTx(first);
        var end = ToTx(last);
        if (start < 0 || end < 0 || end < start)
        {
            return (-1, -1);
        }

        return (start, Math.Min(end + 1 + 3, exons[^1].TxEnd));

        int ToTx(long refPos)
        {
            foreach (var e in exons)
            {
                if (refPos >= e.RefStart && refPos <= e.RefEnd)
                {
                    return e.TxStart + (int)(d.Strand == Strand.Minus ? e.RefEnd - refPos : refPos - e.RefStart);
                }
            }

            return -1;
        }
    }
}
