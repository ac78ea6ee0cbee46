using Trek.Fusion.Index;
using Trek.IO.Fasta;

namespace Trek.Fuzz.Targets;

/// <summary>
/// FASTA through <see cref="FastaReader"/>, then as the genome of `trek index` (with the synthetic GTF), which is
/// where a FASTA's records are used: contig lookups, exon coordinates against contig lengths.
/// </summary>
internal sealed class FastaTarget : FuzzTarget
{
    public override string Name => "fasta";

    public override IReadOnlyList<byte[]> Seeds(Repository repo) =>
    [
        SyntheticGenome.Fasta,
        repo.GunzipHead("examples/pizzly-spikein/transcripts.fasta.gz", 60),
    ];

    public override void Execute(byte[] input, string scratch)
    {
        foreach (var _ in FastaReader.Read(new MemoryStream(input), "fuzz.fa"))
        {
        }

        var fasta = Path.Combine(scratch, "genome.fa");
        var gtf = Path.Combine(scratch, "genes.gtf");
        File.WriteAllBytes(fasta, input);
        File.WriteAllBytes(gtf, SyntheticGenome.Gtf);
        IndexBuilder.Build(fasta, gtf, null, 15, null, null);
    }
}
