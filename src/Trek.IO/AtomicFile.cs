using Trek.Core;
using Trek.IO.Files;

namespace Trek.IO;

/// <summary>
/// Writes an output so that a regular file either appears complete or not at all: data go to a
/// temporary file in the target's folder, renamed over the target only on <see cref="Commit"/>;
/// disposing without committing deletes it (and a signal handler deletes it through
/// <see cref="TempFiles"/>). Atomic replacement applies to regular files only: a FIFO, a character
/// device (/dev/null, /dev/full, a terminal) or a socket is opened and written in place, because
/// renaming a file over it would destroy it (as root, /dev/stdout for every process) and a reader
/// waiting on a pipe would never get the data. A symbolic link is followed: the file it points to
/// is replaced and the link stays. "-" is standard output.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string? _target;
    private readonly string? _temp;
    private readonly bool _ownsStream;
    private bool _finished;
    private bool _committed;

    private AtomicFile(string? target, string? temp, Stream stream, bool ownsStream = true)
    {
        _target = target;
        _temp = temp;
        _ownsStream = ownsStream;
        Stream = stream;
    }

    public Stream Stream { get; }

    /// <summary>True when the output is written in place (standard output, a pipe, a device), so a failure cannot be undone.</summary>
    public bool InPlace => _temp is null;

    /// <exception cref="InvalidParameterException">The path is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist (it is never created).</exception>
    /// <exception cref="IOException">The path is a directory, or the file cannot be created.</exception>
    public static AtomicFile Create(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidParameterException("output path", "is empty; give a file name or - for standard output");
        }

        if (path == "-")
        {
            return new AtomicFile(null, null, Console.OpenStandardOutput(), ownsStream: false);
        }

        var full = Path.GetFullPath(path);
        var node = FileNode.Of(full);
        if (node.Kind == FileKind.Directory)
        {
            throw new IOException($"{path}: is a directory, not a file");
        }

        // /dev/stdout is a link to /proc/self/fd/1, which names a pipe, a terminal or the file the shell
        // redirected to: whatever it is, it is written through, never replaced.
        if (node.IsSpecial || IsSystemPath(full))
        {
            // FileShare.ReadWrite: no advisory lock on a device that other processes share.
            return new AtomicFile(null, null, new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16));
        }

        var target = FileNode.RealPath(full);
        var dir = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"{path}: folder {dir} does not exist (Trek does not create it)");
        }

        var temp = Path.Combine(dir, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        TempFiles.Register(temp);
        try
        {
            return new AtomicFile(target, temp, new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
        }
        catch
        {
            TempFiles.Unregister(temp);
            throw;
        }
    }

    private static bool IsSystemPath(string full) =>
        full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);

    /// <summary>Flushes and closes the data (to disk for a regular file) without publishing them; a full disk fails here, before any output is replaced.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        if (Stream is FileStream fs && _temp is not null)
        {
            fs.Flush(flushToDisk: true);
        }
        else
        {
            Stream.Flush();
        }

        if (_temp is not null)
        {
            Stream.Dispose();
        }

        _finished = true;
    }

    /// <summary>Publishes the output: renames the temporary file over the target (keeping the target's permissions).</summary>
    public void Commit()
    {
        Finish();
        if (_temp is not null && !_committed)
        {
            if (!OperatingSystem.IsWindows() && File.Exists(_target))
            {
                File.SetUnixFileMode(_temp, File.GetUnixFileMode(_target));
            }

            File.Move(_temp, _target!, overwrite: true);
            TempFiles.Unregister(_temp);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (_temp is null)
        {
            try
            {
                // Standard output stays open for the rest of the process; a pipe or device is closed.
                if (_ownsStream)
                {
                    Stream.Dispose();
                }
                else
                {
                    Stream.Flush();
                }
            }
            catch (IOException) when (!_committed)
            {
                // The run has already failed (often on this very device, e.g. /dev/full); that error is the one reported.
            }

            return;
        }

        if (!_committed)
        {
            try
            {
                Stream.Dispose();
            }
            catch (IOException)
            {
                // A full disk fails again on the final flush; the temporary file goes anyway.
            }

            File.Delete(_temp);
            TempFiles.Unregister(_temp);
        }
    }
}
