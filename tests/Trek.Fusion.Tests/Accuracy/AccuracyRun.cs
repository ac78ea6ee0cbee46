using Trek.Fusion.Calling;
using Trek.Fusion.Index;
using Trek.Fusion.Pipeline;

namespace Trek.Fusion.Tests.Accuracy;

/// <summary>Calls fusions on a read pair with default options (2 workers) and keeps both call lists.</summary>
internal sealed class AccuracyRun
{
    public AccuracyRun(FusionIndex index, string read1, string read2)
    {
        var evidence = FusionPipeline.Run(index, read1, read2, new FusionOptions(), 2);
        (Passed, Discarded) = new FusionCaller(index, new FusionOptions()).Call(evidence);
    }

    public IReadOnlyList<FusionCall> Passed { get; }

    public IReadOnlyList<FusionCall> Discarded { get; }

    public static FusionIndex PizzlyIndex(IReadOnlyList<string>? genes = null) =>
        IndexBuilder.Build(TestPaths.SharedFile("pizzly_test", "transcripts.fasta.gz"), TestPaths.SharedFile("pizzly_test", "transcripts.gtf.gz"), genes, 31, null, null);

    public static (string R1, string R2) FusionCatcherReads => (TestPaths.SharedFile("fusioncatcher_test", "reads_1.fq.gz"), TestPaths.SharedFile("fusioncatcher_test", "reads_2.fq.gz"));

    public static (string R1, string R2) PizzlyReads => (TestPaths.SharedFile("pizzly_test", "reads_1.fastq.gz"), TestPaths.SharedFile("pizzly_test", "reads_2.fastq.gz"));

    /// <summary>The named (both partners known) fusions among the passed calls.</summary>
    public SortedSet<string> Named => [.. Passed.Where(c => c.Gene1 is not null).Select(c => c.Fusion)];
}
