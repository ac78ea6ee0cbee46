using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Annotation;
using Trek.Fusion.Index;

namespace Trek.Fusion.Tests.Index;

/// <summary>
/// Transcripts and a <see cref="FusionIndex"/> written out by hand (no FASTA, no GTF), so unit tests of the
/// k-mer table, the repeat map and the junction refiner can state their expected values from the sequences.
/// </summary>
internal static class HandMadeIndex
{
    public static byte[] Codes(string bases)
    {
        var codes = new byte[bases.Length];
        Dna.Encode(Encoding.ASCII.GetBytes(bases), codes);
        return codes;
    }

    /// <summary>
    /// A + strand transcript on contig chrT whose exons have the given lengths, in order; exon i lies on the
    /// genome at 1000 * (gene + 1) + 100 * i + 1 onwards (so exons of different genes never share a locus).
    /// </summary>
    public static Transcript Transcript(int index, int gene, string bases, params int[] exonLengths)
    {
        if (exonLengths.Length == 0)
        {
            exonLengths = [bases.Length];
        }

        var exons = new Exon[exonLengths.Length];
        var tx = 0;
        for (var i = 0; i < exonLengths.Length; i++)
        {
            long refStart = (1000 * (gene + 1)) + (100 * i) + 1;
            exons[i] = new Exon(i + 1, tx, tx + exonLengths[i], refStart, refStart + exonLengths[i] - 1, 0);
            tx += exonLengths[i];
        }

        if (tx != bases.Length)
        {
            throw new ArgumentException($"exons cover {tx} bases of {bases.Length}", nameof(exonLengths));
        }

        return new Transcript
        {
            Index = index, Id = $"T{index}", Gene = gene, Chrom = "chrT", Strand = Strand.Plus, Biotype = "protein_coding",
            Rank = 3, Codes = Codes(bases), Exons = exons,
        };
    }

    public static FusionIndex Build(int k, params Transcript[] transcripts)
    {
        var genes = transcripts.Select(t => t.Gene).Distinct().Order()
            .Select(g => new Gene(g, $"G{g}", $"G{g}", "chrT", Strand.Plus, (1000 * (g + 1)) + 1, (1000 * (g + 1)) + 999)).ToList();
        var kmers = KmerTable.Build(transcripts, k);
        var manifest = new IndexManifest(IndexBuilder.FormatVersion, "test", "hand-made", k, [], null, genes.Count, transcripts.Length, kmers.DistinctKmers);
        return new FusionIndex(manifest, genes, transcripts, kmers,
            BoundaryMap.Build(transcripts, exonEnds: true), BoundaryMap.Build(transcripts, exonEnds: false), RepeatMap.Build(transcripts));
    }
}
