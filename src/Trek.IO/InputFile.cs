using Trek.IO.Compression;

namespace Trek.IO;

/// <summary>
/// Opens an input by name: "-" is standard input; gzip (including BGZF and multi-member) is detected from
/// its first two bytes (1f 8b), not from the file name, so a mislabelled file still reads correctly.
/// A truncated or corrupt gzip opened by name fails with an <see cref="Trek.Core.InputException"/> naming the
/// file (exit 2), so every reader that opens its input here refuses damage in one line, none needs its own catch.
/// </summary>
public static class InputFile
{
    public static Stream OpenRead(string path, int bufferSize = 1 << 18)
    {
        Stream raw = path == "-"
            ? Console.OpenStandardInput()
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Decode(raw, bufferSize, path);
    }

    /// <summary>The content of <paramref name="raw"/> (a file, stdin, a request body), gunzipped when its first two bytes say gzip; owns <paramref name="raw"/>.</summary>
    /// <param name="raw">The bytes as stored.</param>
    /// <param name="bufferSize">Read size.</param>
    /// <param name="source">The input's name for errors; without it gzip damage is an <see cref="InvalidDataException"/> the caller places (record, line).</param>
    public static Stream Decode(Stream raw, int bufferSize = 1 << 18, string? source = null)
    {
        var head = new byte[2];
        var got = 0;
        while (got < 2)
        {
            var n = raw.Read(head, got, 2 - got);
            if (n == 0)
            {
                break;
            }

            got += n;
        }

        var replay = new ReplayStream(head.AsMemory(0, got), raw);
        return got == 2 && head[0] == 0x1f && head[1] == 0x8b
            ? new GzipReader(replay, bufferSize, source)
            : new BufferedStream(replay, bufferSize);
    }
}
