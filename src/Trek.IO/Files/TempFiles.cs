using System.Collections.Concurrent;

namespace Trek.IO.Files;

/// <summary>
/// Every temporary output file that exists right now, so that a signal handler (SIGINT, SIGTERM) can
/// remove them before the process ends: an interrupted run leaves neither a partial output nor a
/// `.NAME.PID.tmp` file. After <see cref="DeleteAll"/> no new temporary file may be registered.
/// </summary>
public static class TempFiles
{
    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static bool _closed;

    /// <exception cref="OperationCanceledException">The process is shutting down after a signal.</exception>
    public static void Register(string path)
    {
        lock (Gate)
        {
            if (_closed)
            {
                throw new OperationCanceledException("interrupted");
            }

            Live[path] = 0;
        }
    }

    public static void Unregister(string path) => Live.TryRemove(path, out _);

    /// <summary>How many temporary files exist now (tests).</summary>
    public static int Count => Live.Count;

    /// <summary>Deletes every registered temporary file and refuses new ones; safe to call from a signal handler thread.</summary>
    public static void DeleteAll()
    {
        lock (Gate)
        {
            _closed = true;
            foreach (var path in Live.Keys)
            {
                try
                {
                    File.Delete(path);
                }
                catch (IOException)
                {
                    // Best effort while shutting down: nothing else can be done about it here.
                }
                catch (UnauthorizedAccessException)
                {
                }

                Live.TryRemove(path, out _);
            }
        }
    }
}
