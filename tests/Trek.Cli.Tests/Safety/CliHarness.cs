using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Trek.Cli.Tests.Safety;

/// <summary>
/// Runs `trek` in-process or as a child process, and checks the two promises of issue 15 after every
/// case: the input files are byte-identical afterwards and no temporary output file remains.
/// </summary>
internal static class CliHarness
{
    public static string Repo([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));

    public static string Example(string file) => Path.Combine(Repo(), "examples", "pizzly-spikein", file);

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = TrekCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Starts trek.dll (built next to the tests) as a child process with the working directory given.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "trek.dll");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    /// <summary>SHA-256 of every regular file under the folder, by path.</summary>
    public static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(IsRegular)
            .ToDictionary(p => p, p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal);

    /// <summary>Every file that was there before is unchanged, and nothing named like a temporary output exists.</summary>
    public static void AssertInputsUnchangedAndNoTemp(Dictionary<string, string> before, string dir)
    {
        var after = Snapshot(dir);
        foreach (var (path, hash) in before)
        {
            Assert.True(after.TryGetValue(path, out var now), $"{path} disappeared");
            Assert.True(now == hash, $"{path} changed");
        }

        Assert.Empty(TempFilesIn(dir));
    }

    public static IEnumerable<string> TempFilesIn(string dir) =>
        Directory.EnumerateFiles(dir, "*.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 });

    private static bool IsRegular(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null && !path.EndsWith(".fifo", StringComparison.Ordinal);
    }
}
