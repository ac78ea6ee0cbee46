using System.Text;
using Trek.Core.Sequences;
using Trek.Fusion.Index;

namespace Trek.Fusion.Tests.Data;

/// <summary>
/// A made-up genome contig "chrT" with gene GA on the + strand and gene GB on the - strand, three exons
/// each, random sequence from a fixed seed, written as a genome FASTA + GTF so the real index builder runs.
/// GA: exons 101-300, 401-600, 701-900 (transcript 600 nt). GB: exons 2601-2800, 2301-2500, 2001-2200
/// in transcript order (600 nt). The fusion joins GA exon 2 (last base chrT:600, tx 399) to GB exon 2
/// (first base chrT:2500, tx 200).
/// </summary>
internal sealed class SyntheticReference
{
    public SyntheticReference()
    {
        var rng = new Random(20261124);
        var contig = new char[3000];
        for (var i = 0; i < contig.Length; i++)
        {
            contig[i] = "ACGT"[rng.Next(4)];
        }

        Contig = new string(contig);
        TranscriptA = Exon(101, 300) + Exon(401, 600) + Exon(701, 900);
        TranscriptB = Dna.ReverseComplement(Exon(2601, 2800)) + Dna.ReverseComplement(Exon(2301, 2500)) + Dna.ReverseComplement(Exon(2001, 2200));
        Fusion = TranscriptA[..400] + TranscriptB[200..];
        Reciprocal = TranscriptB[..400] + TranscriptA[400..];
        Dir = TestPaths.TempDir();
        Fasta = Path.Combine(Dir, "chrT.fa");
        Gtf = Path.Combine(Dir, "chrT.gtf");
        File.WriteAllText(Fasta, ">chrT test contig\n" + string.Join('\n', Contig.Chunk(60).Select(c => new string(c))) + "\n");
        var gtf = new StringBuilder();
        Line(gtf, "gene", 101, 900, '+', "GA", null, null);
        Line(gtf, "transcript", 101, 900, '+', "GA", "TA1", null);
        Line(gtf, "exon", 101, 300, '+', "GA", "TA1", 1);
        Line(gtf, "exon", 401, 600, '+', "GA", "TA1", 2);
        Line(gtf, "exon", 701, 900, '+', "GA", "TA1", 3);
        Line(gtf, "gene", 2001, 2800, '-', "GB", null, null);
        Line(gtf, "transcript", 2001, 2800, '-', "GB", "TB1", null);
        Line(gtf, "exon", 2601, 2800, '-', "GB", "TB1", 1);
        Line(gtf, "exon", 2301, 2500, '-', "GB", "TB1", 2);
        Line(gtf, "exon", 2001, 2200, '-', "GB", "TB1", 3);
        File.WriteAllText(Gtf, gtf.ToString());
        Index = IndexBuilder.Build(Fasta, Gtf, null, 31, null, null);
    }

    public string Contig { get; }

    public string TranscriptA { get; }

    public string TranscriptB { get; }

    /// <summary>GA exons 1-2 joined to GB exons 2-3 (junction after fusion position 399).</summary>
    public string Fusion { get; }

    /// <summary>The other orientation: GB (- strand) exons 1-2 joined to GA (+ strand) exon 3 (junction after position 399).</summary>
    public string Reciprocal { get; }

    public string Dir { get; }

    public string Fasta { get; }

    public string Gtf { get; }

    public FusionIndex Index { get; }

    private string Exon(int start, int end) => Contig.Substring(start - 1, end - start + 1);

    private static void Line(StringBuilder sb, string feature, int start, int end, char strand, string gene, string? tx, int? exon)
    {
        var attrs = $"gene_id \"{gene}\"; gene_name \"{gene}\";";
        if (tx is not null)
        {
            attrs += $" transcript_id \"{tx}\"; transcript_biotype \"protein_coding\";";
        }

        if (exon is not null)
        {
            attrs += $" exon_number \"{exon}\";";
        }

        sb.Append($"chrT\ttest\t{feature}\t{start}\t{end}\t.\t{strand}\t.\t{attrs}\n");
    }
}
