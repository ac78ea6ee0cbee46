using Trek.Core;
using Trek.IO.Csv;

namespace Trek.Assessment.Csv;

/// <summary>
/// Streams the rows of a small comma-separated file with a header line. Blank lines and lines
/// starting with '#' are skipped; fields may be double-quoted (RFC 4180, no embedded line breaks).
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<CsvRow> Read(TextReader reader, string source, IReadOnlyCollection<string> requiredColumns)
    {
        Dictionary<string, int>? columns = null;
        long lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = CsvLine.Split(line, source, lineNumber);
            if (columns is null)
            {
                columns = Header(fields, source, lineNumber, requiredColumns);
                continue;
            }

            if (fields.Length > columns.Count)
            {
                throw InputException.At(source, lineNumber, $"{fields.Length} fields but the header has {columns.Count}");
            }

            yield return new CsvRow(source, lineNumber, columns, fields);
        }

        if (columns is null)
        {
            throw InputException.At(source, null, "empty file: no header line");
        }
    }

    private static Dictionary<string, int> Header(string[] fields, string source, long line, IReadOnlyCollection<string> required)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            var name = fields[i].Trim().ToLowerInvariant();
            if (!columns.TryAdd(name, i))
            {
                throw InputException.At(source, line, $"column '{name}' appears twice in the header");
            }
        }

        var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw InputException.At(source, line, $"missing column(s): {string.Join(", ", missing)} (expected {string.Join(",", required)})");
        }

        return columns;
    }
}
