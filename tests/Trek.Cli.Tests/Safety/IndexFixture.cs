namespace Trek.Cli.Tests.Safety;

/// <summary>One index of the bundled example, built once for all safety tests (building takes about 2 s).</summary>
public sealed class IndexFixture : IDisposable
{
    public IndexFixture()
    {
        Dir = Directory.CreateTempSubdirectory("trek-safety-index-").FullName;
        var (code, _, err) = CliHarness.Run("index", "--fasta", CliHarness.Example("transcripts.fasta.gz"), "--gtf", CliHarness.Example("transcripts.gtf.gz"), "-o", Path.Combine(Dir, "idx"));
        Assert.True(code == 0, err);
    }

    public string Dir { get; }

    public string Index => Path.Combine(Dir, "idx");

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
