using Trek.Fusion.Index;

namespace Trek.Reports.Tests;

/// <summary>The bundled example's index, built once for the report tests (same inputs as scripts/example.sh).</summary>
public sealed class ReportFixture
{
    public ReportFixture()
    {
        Index = IndexBuilder.Build(TestFiles.Example("transcripts.fasta.gz"), TestFiles.Example("transcripts.gtf.gz"), null, 31, null, null);
        IndexDir = TestFiles.Scratch("index");
        IndexStore.Save(Index, IndexDir);
    }

    public FusionIndex Index { get; }

    public string IndexDir { get; }
}
