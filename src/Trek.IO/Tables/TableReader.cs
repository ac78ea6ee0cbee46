using Trek.Core;
using Trek.IO.Csv;

namespace Trek.IO.Tables;

/// <summary>
/// The one reader of CSV and TSV tables (issue 8: `trek response`, `trek endpoints`, `trek ctcae` and `trek km`
/// once disagreed on BOM, NA, short rows and numbers). Streams rows; the rules, stated once:
/// <list type="bullet">
/// <item>a UTF-8 byte-order mark before the first line is removed;</item>
/// <item>blank lines and lines starting with "##" (Trek provenance) are skipped; a line starting with '#'
/// is a comment, except in a TSV before the header, where it is Trek's own '#'-prefixed header;</item>
/// <item>fields follow RFC 4180 quoting (<see cref="CsvLine"/>);</item>
/// <item>every data row has exactly as many fields as the header, otherwise it is refused with its line number;</item>
/// <item>missing cells are <see cref="MissingValue"/>; numbers are Trek.Core's StrictNumber (<see cref="ExactNumber"/>);</item>
/// <item>columns are checked against a <see cref="TableSchema"/> (unknown columns refused or warned, never silent).</item>
/// </list>
/// </summary>
public static class TableReader
{
    /// <param name="delimiter">',' for CSV, '\t' for TSV.</param>
    /// <param name="warn">Receives one line per warning (an unused column); the CLI prints it on standard error.</param>
    public static IEnumerable<TableRow> Read(TextReader reader, string source, TableSchema schema, char delimiter, Action<string> warn)
    {
        TableHeader? header = null;
        long lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (line.StartsWith("##", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line[0] == '#')
            {
                if (header is not null || delimiter != '\t')
                {
                    continue;
                }

                line = line[1..];
            }

            var fields = CsvLine.Split(line, source, lineNumber, delimiter);
            if (header is null)
            {
                header = TableHeader.Parse(fields, source, lineNumber, schema, warn);
                continue;
            }

            if (fields.Length != header.Count)
            {
                throw InputException.At(source, lineNumber, $"{fields.Length} fields but the header has {header.Count}{(fields.Length < header.Count ? " (short row)" : "")}");
            }

            yield return new TableRow(header, lineNumber, fields);
        }

        if (header is null)
        {
            throw InputException.At(source, null, "empty file: no header line");
        }
    }

    /// <summary>The delimiter a path implies: tab for .tsv/.tsv.gz/.txt, comma otherwise.</summary>
    public static char DelimiterFor(string path) =>
        path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tsv.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
}
