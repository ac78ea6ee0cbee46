using Trek.Fusion.Calling;
using Trek.Fusion.Index;
using Trek.Fusion.Pipeline;

namespace Trek.Fusion.Tests.Data;

/// <summary>Indexes a shared reference and calls fusions on the Tembe et al. spike-in reads (pizzly test set, 744 pairs).</summary>
public sealed class SpikeInRun
{
    public static string Reads1 => TestPaths.SharedFile("pizzly_test", "reads_1.fastq.gz");

    public static string Reads2 => TestPaths.SharedFile("pizzly_test", "reads_2.fastq.gz");

    public static SpikeInRun Transcriptome(IReadOnlyList<string>? genes = null) =>
        new(TestPaths.SharedFile("pizzly_test", "transcripts.fasta.gz"), TestPaths.SharedFile("pizzly_test", "transcripts.gtf.gz"), genes);

    public static SpikeInRun MiniGenome() =>
        new(TestPaths.SharedFile("easyfuse_minigenome", "Homo_sapiens.GRCh38.110_minigenome.fa.gz"), TestPaths.SharedFile("easyfuse_minigenome", "Homo_sapiens.GRCh38.110_miniannotation.gtf.gz"), null);

    private SpikeInRun(string fasta, string gtf, IReadOnlyList<string>? genes)
    {
        Index = IndexBuilder.Build(fasta, gtf, genes, 31, null, null);
        Evidence = FusionPipeline.Run(Index, Reads1, Reads2, new FusionOptions(), 2);
        (Passed, Discarded) = new FusionCaller(Index, new FusionOptions()).Call(Evidence);
    }

    public FusionIndex Index { get; }

    public EvidenceAggregator Evidence { get; }

    public IReadOnlyList<FusionCall> Passed { get; }

    public IReadOnlyList<FusionCall> Discarded { get; }

    public FusionCall Single(string fusion) => Assert.Single(Passed, c => c.Fusion == fusion);
}

public sealed class TranscriptomeRunFixture
{
    public SpikeInRun Run { get; } = SpikeInRun.Transcriptome();
}

public sealed class MiniGenomeRunFixture
{
    public SpikeInRun Run { get; } = SpikeInRun.MiniGenome();
}
