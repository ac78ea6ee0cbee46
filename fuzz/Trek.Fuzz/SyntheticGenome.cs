using System.Text;

namespace Trek.Fuzz;

/// <summary>
/// A 3 kb contig with a + strand gene (three exons) and a - strand gene (three exons), as a genome FASTA and a GTF
/// (the shape of tests/Trek.Fusion.Tests/Data/SyntheticReference): small enough to build an index for every input.
/// </summary>
internal static class SyntheticGenome
{
    public static byte[] Fasta { get; } = BuildFasta();

    public static byte[] Gtf { get; } = Encoding.ASCII.GetBytes(string.Concat(
        "#!genome-build fuzz-1\n#!genebuild-last-updated 2026-12\n",
        Line("gene", 101, 900, '+', "GA", null, null),
        Line("transcript", 101, 900, '+', "GA", "TA1", null),
        Line("exon", 101, 300, '+', "GA", "TA1", 1),
        Line("exon", 401, 600, '+', "GA", "TA1", 2),
        Line("CDS", 420, 600, '+', "GA", "TA1", 2),
        Line("exon", 701, 900, '+', "GA", "TA1", 3),
        Line("gene", 2001, 2800, '-', "GB", null, null),
        Line("transcript", 2001, 2800, '-', "GB", "TB1", null),
        Line("exon", 2601, 2800, '-', "GB", "TB1", 1),
        Line("exon", 2301, 2500, '-', "GB", "TB1", 2),
        Line("exon", 2001, 2200, '-', "GB", "TB1", 3)));

    private static byte[] BuildFasta()
    {
        var rng = new Random(20261203);
        var contig = new string([.. Enumerable.Range(0, 3000).Select(_ => "ACGT"[rng.Next(4)])]);
        return Encoding.ASCII.GetBytes(">chrT fuzz contig\n" + string.Join('\n', contig.Chunk(60).Select(c => new string(c))) + "\n");
    }

    private static string Line(string feature, int start, int end, char strand, string gene, string? tx, int? exon)
    {
        var attrs = $"gene_id \"{gene}\"; gene_name \"{gene}\";";
        if (tx is not null)
        {
            attrs += $" transcript_id \"{tx}\"; transcript_version \"2\"; transcript_biotype \"protein_coding\";";
        }

        if (exon is not null)
        {
            attrs += $" exon_number \"{exon}\";";
        }

        return $"chrT\tfuzz\t{feature}\t{start}\t{end}\t.\t{strand}\t.\t{attrs}\n";
    }
}
