using System.Globalization;
using Trek.Core;
using Trek.IO.Csv;

namespace Trek.Trials.Tables;

/// <summary>
/// A small CSV (RFC 4180: comma separated, double-quoted fields, "" for a quote) read whole: subject-level
/// trial tables are hundreds of rows, not millions. Lines starting with '#' and blank lines are skipped.
/// Every accessor names the file, line and column in its error.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string source, string[] header, List<(long Line, string[] Fields)> rows)
    {
        Source = source;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    public string Source { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<(long Line, string[] Fields)> Rows { get; }

    public static CsvTable Read(string path)
    {
        using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>
    /// Reads Trek's own TSV outputs (e.g. `trek response`): tab separated, '##' provenance lines skipped,
    /// the header on the first line starting with a single '#'.
    /// </summary>
    public static CsvTable ReadTsv(string path)
    {
        using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(path);
        return Parse(reader, path, '\t');
    }

    public static CsvTable Parse(TextReader reader, string source, char delimiter = ',')
    {
        string[]? header = null;
        var rows = new List<(long, string[])>();
        long lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (delimiter == '\t' && header is null && line.StartsWith('#') && !line.StartsWith("##", StringComparison.Ordinal))
            {
                line = line[1..];
            }
            else if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var fields = CsvLine.Split(line, source, lineNo, delimiter);
            if (header is null)
            {
                header = fields.Select(f => f.Trim()).ToArray();
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw InputException.At(source, lineNo, $"expected {header.Length} fields as in the header, found {fields.Length}");
            }

            rows.Add((lineNo, fields));
        }

        if (header is null)
        {
            throw InputException.At(source, null, "empty file: expected a header line");
        }

        return new CsvTable(source, header, rows);
    }

    /// <summary>The index of a column, or an error naming the columns that exist.</summary>
    public int Column(string name) => _columns.TryGetValue(name, out var i)
        ? i
        : throw InputException.At(Source, 1, $"no column '{name}' (columns: {string.Join(", ", Header)})");

    public int? OptionalColumn(params string[] names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var i))
            {
                return i;
            }
        }

        return null;
    }

    public double Number(int row, int column)
    {
        var (line, fields) = Rows[row];
        var text = fields[column].Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw InputException.At(Source, line, $"column '{Header[column]}': '{text}' is not a number");
    }

    public string Text(int row, int column) => Rows[row].Fields[column].Trim();
}
