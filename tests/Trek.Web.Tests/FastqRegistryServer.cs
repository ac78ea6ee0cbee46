namespace Trek.Web.Tests;

/// <summary>
/// The SQLite registry with FASTQ detection on: the example index built in the test from examples/pizzly-spikein (as
/// FusionCliTests builds it, by `trek index`), the jobs directory inside the fixture's temporary folder.
/// </summary>
public sealed class FastqRegistryServer : SqliteRegistryServer
{
    public string IndexDirectory { get; } = BuildExampleIndex(Path.Combine(Path.GetTempPath(), "trek-web-index-" + Guid.NewGuid().ToString("N")));

    public string JobsDirectory => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "registry-jobs");

    /// <summary>`trek index` on the bundled transcripts, into <paramref name="directory"/> (created).</summary>
    public static string BuildExampleIndex(string directory)
    {
        var err = new StringWriter();
        var code = Trek.Cli.TrekCli.Run(["index", "--fasta", RepoPaths.Example("pizzly-spikein/transcripts.fasta.gz"), "--gtf", RepoPaths.Example("pizzly-spikein/transcripts.gtf.gz"), "-o", directory], TextWriter.Null, err);
        return code == 0 ? directory : throw new InvalidOperationException($"trek index failed ({code}): {err}");
    }

    protected override void Configure(RegistrySettings settings) => settings.FusionIndex = IndexDirectory;

    protected override async Task StopDatabaseAsync()
    {
        await base.StopDatabaseAsync();
        Directory.Delete(IndexDirectory, recursive: true);
    }
}
