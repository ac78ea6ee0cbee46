namespace Trek.Fusion.Tests;

/// <summary>
/// A scratch folder owned by one test class instance (xunit disposes the instance after each test) or one class
/// fixture, deleted on <see cref="Dispose"/>. The folders used to pile up in /tmp: the process-exit handler of
/// <see cref="TestPaths"/> does not run when the test host is killed at the end of a run.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = TestPaths.TempDir();

    /// <summary>A fresh sub-folder.</summary>
    public string NewDir()
    {
        var dir = System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
