using System.Text;
using Trek.Core;

namespace Trek.IO;

/// <summary>
/// Lines of a text input (plain or gzip, "-" for stdin) with their 1-based numbers; a truncated or
/// corrupt gzip becomes an <see cref="InputException"/> naming the file and line, as every reader needs.
/// </summary>
public static class TextLines
{
    public static IEnumerable<(long Number, string Text)> Read(string path)
    {
        using var stream = InputFile.OpenRead(path);
        foreach (var line in Read(stream, path))
        {
            yield return line;
        }
    }

    /// <summary>Lines of an open stream (an embedded resource, a request body); the caller owns <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    public static IEnumerable<(long Number, string Text)> Read(Stream stream, string source)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, false, 1 << 16, leaveOpen: true);
        long number = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (InvalidDataException ex)
            {
                throw InputException.At(source, number + 1, ex.Message, ex);
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            yield return (number, line);
        }
    }
}
