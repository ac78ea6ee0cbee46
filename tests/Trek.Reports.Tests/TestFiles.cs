using System.Runtime.CompilerServices;

namespace Trek.Reports.Tests;

/// <summary>Paths to the repository's example and this project's fixtures, and a scratch directory per test class.</summary>
internal static class TestFiles
{
    public static string Repo([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    public static string Example(string file) => Path.Combine(Repo(), "examples", "pizzly-spikein", file);

    public static string Data(string file) => Path.Combine(Repo(), "tests", "Trek.Reports.Tests", "data", file);

    public static string Scratch(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "trek-reports-tests", name, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A fusions.tsv made of the example's header and the given rows (tab-separated), for reader edge cases.</summary>
    public static string WriteTable(string dir, string header, params string[] rows)
    {
        var path = Path.Combine(dir, $"t{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["##trek_version=0.1.0", header, .. rows]);
        return path;
    }
}
