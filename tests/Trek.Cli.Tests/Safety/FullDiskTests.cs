using System.Diagnostics;

namespace Trek.Cli.Tests.Safety;

/// <summary>
/// Issue 15, "a full disk": outputs on a small tmpfs that fills up. Mounting needs root (CAP_SYS_ADMIN),
/// which scripts/test.sh has; the test fails rather than passing silently when the mount is refused.
/// A full disk is exit 3 with one line, no temporary file and no partial output, and when only
/// --discarded fails, the main output is not published either.
/// </summary>
public sealed class FullDiskTests : IClassFixture<IndexFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-fulldisk-").FullName;
    private readonly string _small;
    private readonly IndexFixture _index;

    public FullDiskTests(IndexFixture index)
    {
        _index = index;
        _small = Directory.CreateDirectory(Path.Combine(_dir, "small")).FullName;
        Assert.True(Tool("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", _small) == 0, "mounting a 64 kB tmpfs failed: run the tests as root (scripts/test.sh does)");
        File.Copy(CliHarness.Example("reads_1.fastq.gz"), Path.Combine(_dir, "r1.fq.gz"));
        File.Copy(CliHarness.Example("reads_2.fastq.gz"), Path.Combine(_dir, "r2.fq.gz"));
    }

    public void Dispose()
    {
        Tool("umount", _small);
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Index_LargerThanTheDisk_Exit3NoTempNoIndex()
    {
        var before = CliHarness.Snapshot(_dir);
        var (code, _, err) = CliHarness.Run("index", "--fasta", CliHarness.Example("transcripts.fasta.gz"), "--gtf", CliHarness.Example("transcripts.gtf.gz"), "-o", Path.Combine(_small, "idx"));
        Assert.Equal(3, code);
        Assert.Contains("No space left on device", err.Trim().Split('\n')[^1]);
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
        Assert.False(File.Exists(Path.Combine(_small, "idx", "trek.idx")));
    }

    [Fact]
    public void Fusions_OnlyDiscardedOnAFullDisk_NeitherOutputPublished()
    {
        Fill(_small);
        var before = CliHarness.Snapshot(_dir);
        var calls = Path.Combine(_dir, "calls.tsv");
        var (code, _, err) = CliHarness.Run("fusions", "--index", _index.Index, "--r1", Path.Combine(_dir, "r1.fq.gz"), "--r2", Path.Combine(_dir, "r2.fq.gz"),
            "-o", calls, "--discarded", Path.Combine(_small, "discarded.tsv"), "--min-support", "3");
        Assert.Equal(3, code);
        var last = err.Trim().Split('\n')[^1];
        Assert.StartsWith("trek: error: ", last);
        Assert.Contains("No space left on device", last);
        Assert.False(File.Exists(calls), "the main output must not appear when another output failed");
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }

    /// <summary>Writes a filler file until the tmpfs refuses another byte.</summary>
    private static void Fill(string dir)
    {
        using var filler = new FileStream(Path.Combine(dir, "filler"), FileMode.Create);
        var block = new byte[1024];
        try
        {
            while (true)
            {
                filler.Write(block);
                filler.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
        }

        try
        {
            filler.Dispose();
        }
        catch (IOException)
        {
            // The last partial block fails again on close; the disk is full either way.
        }
    }

    private static int Tool(string tool, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true })!;
        p.WaitForExit();
        return p.ExitCode;
    }
}
