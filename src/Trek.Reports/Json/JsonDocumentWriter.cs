using System.Text.Json;
using Trek.Core;

namespace Trek.Reports.Json;

/// <summary>
/// Writes a `--format json` document (the <see cref="TrekJson"/> conventions) to a text output as it is serialized,
/// in blocks of a few kilobytes, never as one string: a Kaplan-Meier table of a million rows is a 124 MB document,
/// and building it as a string first cost 500 MB and twice the CPU time of the text output (docs/benchmarks.md).
/// The bytes are those of <see cref="TrekJson.Serialize{T}(T)"/> followed by a newline.
/// </summary>
public static class JsonDocumentWriter
{
    public static void Write<T>(TextWriter writer, T document)
    {
        using (var stream = new TextWriterStream(writer))
        {
            JsonSerializer.Serialize(stream, document, TrekJson.Options);
        }

        writer.WriteLine();
    }
}
