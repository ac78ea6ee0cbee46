using System.Diagnostics;

namespace Trek.Cli.Tests.Safety;

/// <summary>
/// Issue 15, "special files are replaced": atomic replacement is for regular files only. /dev/null,
/// /dev/full, a named pipe and /dev/stdout are written in place and stay what they were; a symbolic
/// link keeps pointing where it pointed and its target gets the new content.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trek-special-").FullName;
    private readonly string _csv;

    public SpecialFileTests()
    {
        _csv = Path.Combine(_dir, "lesions.csv");
        File.WriteAllText(_csv, "subject,date,lesion,kind,organ,node,diameter_mm,status\nP1,2024-01-01,L1,target,lung,no,50,\nP1,2024-02-26,L1,target,lung,no,20,\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static bool IsCharacterDevice(string path) => Stat(path).StartsWith("character special", StringComparison.Ordinal);

    private static string Stat(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var kind = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return kind;
    }

    [Theory]
    [InlineData("-o")]
    [InlineData("--visits")]
    [InlineData("--spider")]
    public void Response_DevNull_WrittenInPlaceDeviceKept(string option)
    {
        var before = CliHarness.Snapshot(_dir);
        var (code, _, err) = CliHarness.Run("response", "-i", _csv, option, "/dev/null");
        Assert.True(code == 0, err);
        Assert.True(IsCharacterDevice("/dev/null"));
        Assert.Empty(File.ReadAllBytes("/dev/null"));
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }

    [Fact]
    public void Response_DevFull_Exit3DeviceKeptNoOtherOutput()
    {
        var before = CliHarness.Snapshot(_dir);
        var visits = Path.Combine(_dir, "visits.tsv");
        var (code, stdout, err) = CliHarness.Run("response", "-i", _csv, "--visits", visits, "-o", "/dev/full");
        Assert.Equal(3, code);
        Assert.Empty(stdout);
        Assert.Contains("No space left on device", err);
        Assert.True(IsCharacterDevice("/dev/full"));
        Assert.False(File.Exists(visits), "--visits must not be published when -o failed");
        CliHarness.AssertInputsUnchangedAndNoTemp(before, _dir);
    }

    [Fact]
    public async Task Response_NamedPipe_ReaderGetsTheTableAndPipeStays()
    {
        var fifo = Path.Combine(_dir, "out.fifo");
        using (var mk = Process.Start("mkfifo", [fifo]))
        {
            mk.WaitForExit();
        }

        var reader = Task.Run(() => File.ReadAllText(fifo));
        var (code, _, err) = CliHarness.Run("response", "-i", _csv, "-o", fifo);
        Assert.True(code == 0, err);
        var text = await reader.WaitAsync(TimeSpan.FromSeconds(20));

        // P1: 50 -> 20 mm is -60 %, a PR (RECIST 1.1 §4.3.1); unconfirmed with one follow-up visit.
        var row = Assert.Single(text.Split('\n'), l => l.StartsWith("P1\t", StringComparison.Ordinal));
        Assert.Contains("\t-60\t", row);
        Assert.Equal("fifo", Stat(fifo));
        Assert.Empty(CliHarness.TempFilesIn(_dir));
    }

    [Fact]
    public void Response_SymbolicLink_TargetUpdatedLinkKept()
    {
        var target = Path.Combine(_dir, "real.tsv");
        var link = Path.Combine(_dir, "link.tsv");
        File.WriteAllText(target, "old\n");
        File.CreateSymbolicLink(link, target);
        var (code, _, err) = CliHarness.Run("response", "-i", _csv, "-o", link);
        Assert.True(code == 0, err);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.StartsWith("## trek", File.ReadAllText(target));
        Assert.Empty(CliHarness.TempFilesIn(_dir));
    }

    [Fact]
    public void Process_DevStdoutOnAPipe_TableArrivesOnThePipe()
    {
        // As a child process: /dev/stdout is then the pipe to this test, which a rename would have replaced.
        using var q = CliHarness.Start(_dir, "response", "-i", _csv, "-o", "/dev/stdout");
        var text = q.StandardOutput.ReadToEnd();
        q.WaitForExit();
        Assert.True(q.ExitCode == 0, q.StandardError.ReadToEnd());
        Assert.Contains("#subject\tbest_overall_response", text);
        Assert.Empty(CliHarness.TempFilesIn(_dir));
    }

    [Fact]
    public void Response_OutputIsADirectory_Exit3()
    {
        var (code, _, err) = CliHarness.Run("response", "-i", _csv, "-o", _dir);
        Assert.Equal(3, code);
        Assert.Contains("is a directory", err);
        Assert.Empty(CliHarness.TempFilesIn(_dir));
    }
}
