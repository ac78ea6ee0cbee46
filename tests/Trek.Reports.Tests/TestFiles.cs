using System.Runtime.CompilerServices;

namespace Trek.Reports.Tests;

/// <summary>Paths to the repository's example and this project's fixtures, and a scratch directory per test class.</summary>
internal static class TestFiles
{
    public static string Repo([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    public static string Example(string file) => Path.Combine(Repo(), "examples", "pizzly-spikein", file);

    public static string Data(string file) => Path.Combine(Repo(), "tests", "Trek.Reports.Tests", "data", file);

    /// <summary>
    /// A fresh folder under this test process's run folder. Scratch folders are held by static fields and class
    /// fixtures, so the run folder is deleted at process exit, and folders of earlier runs whose process is gone
    /// (a killed test host never runs its exit handler) are deleted when the next run starts.
    /// </summary>
    public static string Scratch(string name)
    {
        var dir = Path.Combine(RunRoot.Value, name, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static readonly Lazy<string> RunRoot = new(() =>
    {
        var parent = Path.Combine(Path.GetTempPath(), "trek-reports-tests");
        if (Directory.Exists(parent))
        {
            foreach (var old in Directory.EnumerateDirectories(parent, "run-*"))
            {
                var parts = Path.GetFileName(old).Split('-');
                if (parts.Length == 3 && int.TryParse(parts[1], out var pid) && !Directory.Exists($"/proc/{pid}"))
                {
                    TryDelete(old);
                }
            }
        }

        var root = Path.Combine(parent, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    });

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A fusions.tsv made of the example's header and the given rows (tab-separated), for reader edge cases.</summary>
    public static string WriteTable(string dir, string header, params string[] rows)
    {
        var path = Path.Combine(dir, $"t{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["##trek_version=0.1.0", header, .. rows]);
        return path;
    }
}
