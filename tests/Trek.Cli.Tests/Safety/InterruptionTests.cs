using System.Diagnostics;

namespace Trek.Cli.Tests.Safety;

/// <summary>
/// Issue 15, "temporary files left behind": SIGINT and SIGTERM during a run remove the temporary
/// output (created at start, so an unwritable folder fails before the work), leave no output, leave
/// the inputs intact, and exit 128 + signal as a shell does. The run is held mid-way by giving read 1
/// as a named pipe that nobody writes.
/// </summary>
public sealed class InterruptionTests : IClassFixture<IndexFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-signal-").FullName;
    private readonly IndexFixture _index;

    public InterruptionTests(IndexFixture index) => _index = index;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void Fusions_SignalWhileRunning_TempRemovedNoOutputInputsIntact(string signal, int expectedExit)
    {
        var fifo = Path.Combine(_dir, "r1.fifo");
        Run("mkfifo", fifo);
        File.Copy(CliHarness.Example("reads_2.fastq.gz"), Path.Combine(_dir, "r2.fq.gz"));
        var before = CliHarness.Snapshot(_dir);
        using var trek = CliHarness.Start(_dir, "fusions", "--index", _index.Index, "--r1", fifo, "--r2", "r2.fq.gz", "-o", "calls.tsv", "--discarded", "discarded.tsv");
        var deadline = Stopwatch.StartNew();
        while (CliHarness.TempFilesIn(_dir).Count() < 2 && deadline.Elapsed < TimeSpan.FromSeconds(60) && !trek.HasExited)
        {
            Thread.Sleep(50);
        }

        Assert.Equal(2, CliHarness.TempFilesIn(_dir).Count());
        Run("kill", "-" + signal, trek.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(trek.WaitForExit(30_000), "trek did not end after the signal");
        Assert.Equal(expectedExit, trek.ExitCode);
        Assert.Contains("interrupted by signal", trek.StandardError.ReadToEnd());
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
        Assert.False(File.Exists(Path.Combine(_dir, "calls.tsv")));
        Assert.False(File.Exists(Path.Combine(_dir, "discarded.tsv")));
    }

    private static void Run(string tool, params string[] args)
    {
        using var p = Process.Start(tool, args);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
