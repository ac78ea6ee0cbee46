using Trek.Fusion.Index;
using Trek.IO.Gtf;

namespace Trek.Fuzz.Targets;

/// <summary>GTF through <see cref="GtfReader"/> (header and records), then as the annotation of `trek index` with the synthetic genome.</summary>
internal sealed class GtfTarget : FuzzTarget
{
    public override string Name => "gtf";

    public override IReadOnlyList<byte[]> Seeds(Repository repo) =>
    [
        SyntheticGenome.Gtf,
        repo.GunzipHead("examples/pizzly-spikein/transcripts.gtf.gz", 60),
    ];

    public override void Execute(byte[] input, string scratch)
    {
        var gtf = Path.Combine(scratch, "genes.gtf");
        var fasta = Path.Combine(scratch, "genome.fa");
        File.WriteAllBytes(gtf, input);
        File.WriteAllBytes(fasta, SyntheticGenome.Fasta);
        _ = GtfReader.Header(gtf);
        foreach (var _ in GtfReader.Read(gtf))
        {
        }

        IndexBuilder.Build(fasta, gtf, null, 15, null, null);
    }
}
