using System.Runtime.CompilerServices;

namespace Trek.Fusion.Tests;

/// <summary>Locates the repository (the folder with Trek.slnx) and ../shared beside it.</summary>
internal static class TestPaths
{
    public static string Repo { get; } = FindRepo();

    public static string Shared => Path.GetFullPath(Path.Combine(Repo, "..", "shared", "data"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    /// <summary>This test run's scratch root, deleted when the test process exits (they used to pile up in /tmp).</summary>
    private static readonly string RunRoot = CreateRunRoot();

    /// <summary>A fresh folder under this run's scratch root.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(RunRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string CreateRunRoot()
    {
        var parent = Path.Combine(Path.GetTempPath(), "trek-tests");
        SweepDeadRuns(parent);
        var root = Path.Combine(parent, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still open at exit: leave the folder rather than fail the run.
            }
        };
        return root;
    }

    /// <summary>
    /// Deletes the run folders of test hosts that are gone: the exit handler above does not run when the host is
    /// killed (as the test platform does at the end of a run), and static fixtures have no Dispose to do it.
    /// </summary>
    private static void SweepDeadRuns(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(parent, "run-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length == 3 && int.TryParse(parts[1], out var pid) && !Directory.Exists($"/proc/{pid}"))
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
        }
    }

    /// <summary>Walks up from the test binary, then (when built into a separate artifacts folder) from this source file.</summary>
    private static string FindRepo([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "." })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Trek.slnx")))
            {
                dir = dir.Parent;
            }

            if (dir is not null)
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Trek.slnx not found above " + AppContext.BaseDirectory);
    }
}
