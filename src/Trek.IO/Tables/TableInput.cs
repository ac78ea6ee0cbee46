using System.Text;

namespace Trek.IO.Tables;

/// <summary>Opens a table input by path through <see cref="InputFile"/> ("-" is standard input; gzip detected from its bytes).</summary>
public static class TableInput
{
    /// <summary>The raw bytes, for <see cref="Utf8TableReader"/> and <see cref="TableReader.Read(Stream, string, TableSchema, char, Action{string})"/>.</summary>
    public static Stream OpenStream(string path) => InputFile.OpenRead(path, 1 << 16);

    public static TextReader Open(string path) => new StreamReader(InputFile.OpenRead(path, 1 << 16), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

    /// <summary>The name errors use for a path: "&lt;stdin&gt;" for "-".</summary>
    public static string SourceName(string path) => path == "-" ? "<stdin>" : path;
}
