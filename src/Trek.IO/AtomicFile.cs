namespace Trek.IO;

/// <summary>
/// Writes a file so that it either appears complete or not at all: data go to a temporary file in
/// the same folder, which is renamed over the target only on <see cref="Commit"/>. Disposing without
/// committing deletes the temporary file, so a failed run never leaves output looking complete.
/// "-" means standard output, which cannot be made atomic and is written directly.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string? _target;
    private readonly string? _temp;
    private bool _committed;

    private AtomicFile(string? target, string? temp, Stream stream)
    {
        _target = target;
        _temp = temp;
        Stream = stream;
    }

    public Stream Stream { get; }

    public static AtomicFile Create(string path)
    {
        if (path == "-")
        {
            return new AtomicFile(null, null, Console.OpenStandardOutput());
        }

        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return new AtomicFile(full, temp, stream);
    }

    public void Commit()
    {
        Stream.Flush();
        if (_target is null)
        {
            _committed = true;
            return;
        }

        Stream.Dispose();
        File.Move(_temp!, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_target is null)
        {
            Stream.Flush();
            return;
        }

        Stream.Dispose();
        if (!_committed && File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }
}
