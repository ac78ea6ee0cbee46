using Trek.Core;

namespace Trek.IO.Tables;

/// <summary>
/// The one reader of CSV and TSV tables (issue 8: `trek response`, `trek endpoints`, `trek ctcae` and `trek km`
/// once disagreed on BOM, NA, short rows and numbers). Streams rows; the rules, stated once:
/// <list type="bullet">
/// <item>a UTF-8 byte-order mark before the first line is removed;</item>
/// <item>blank lines and lines starting with "##" (Trek provenance) are skipped; a line starting with '#'
/// is a comment, except in a TSV before the header, where it is Trek's own '#'-prefixed header;</item>
/// <item>fields follow RFC 4180 quoting (double-quoted fields, "" for a quote, no line breaks inside);</item>
/// <item>every data row has exactly as many fields as the header, otherwise it is refused with its line number;</item>
/// <item>missing cells are <see cref="MissingValue"/>; numbers are Trek.Core's StrictNumber (<see cref="ExactNumber"/>);</item>
/// <item>columns are checked against a <see cref="TableSchema"/> (unknown columns refused or warned, never silent).</item>
/// </list>
/// The rules are implemented once, over bytes, by <see cref="Utf8TableReader"/>; this gives its rows as text.
/// </summary>
public static class TableReader
{
    /// <param name="delimiter">',' for CSV, '\t' for TSV.</param>
    /// <param name="warn">Receives one line per warning (an unused column); the CLI prints it on standard error.</param>
    public static IEnumerable<TableRow> Read(Stream stream, string source, TableSchema schema, char delimiter, Action<string> warn)
    {
        var reader = new Utf8TableReader(stream, source, schema, delimiter, warn);
        while (reader.Read())
        {
            yield return reader.Row();
        }
    }

    /// <summary>The same over text already decoded (re-encoded to UTF-8 as it is read).</summary>
    public static IEnumerable<TableRow> Read(TextReader reader, string source, TableSchema schema, char delimiter, Action<string> warn) =>
        Read(new TextReaderStream(reader), source, schema, delimiter, warn);

    /// <summary>The delimiter a path implies: tab for .tsv/.tsv.gz/.txt, comma otherwise.</summary>
    public static char DelimiterFor(string path) =>
        path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tsv.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
}
