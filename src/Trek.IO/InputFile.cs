using Trek.IO.Compression;

namespace Trek.IO;

/// <summary>
/// Opens an input by name: "-" is standard input; gzip (including BGZF and multi-member) is detected from
/// its first two bytes (1f 8b), not from the file name, so a mislabelled file still reads correctly.
/// </summary>
public static class InputFile
{
    public static Stream OpenRead(string path, int bufferSize = 1 << 18)
    {
        Stream raw = path == "-"
            ? Console.OpenStandardInput()
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Decode(raw, bufferSize);
    }

    /// <summary>The content of <paramref name="raw"/> (a file, stdin, a request body), gunzipped when its first two bytes say gzip; owns <paramref name="raw"/>.</summary>
    public static Stream Decode(Stream raw, int bufferSize = 1 << 18)
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
            ? new GzipReader(replay, bufferSize)
            : new BufferedStream(replay, bufferSize);
    }
}
