using System.Globalization;
using Trek.Core;

namespace Trek.Assessment.Csv;

/// <summary>
/// One data line of a CSV file, addressed by (lower-case) column name. Every accessor that fails
/// throws <see cref="InputException"/> naming the file, the line and the column, so a bad cell is
/// reported as one clear line and never guessed around.
/// </summary>
public sealed class CsvRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _fields;

    public CsvRow(string source, long line, IReadOnlyDictionary<string, int> columns, string[] fields)
    {
        Source = source;
        Line = line;
        _columns = columns;
        _fields = fields;
    }

    public string Source { get; }

    public long Line { get; }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The trimmed cell, or null when the column is absent or the cell is empty, "." or "NA".</summary>
    public string? Optional(string name)
    {
        if (!_columns.TryGetValue(name, out var index) || index >= _fields.Length)
        {
            return null;
        }

        var value = _fields[index].Trim();
        return value.Length == 0 || value == "." || value.Equals("NA", StringComparison.OrdinalIgnoreCase) ? null : value;
    }

    public string Required(string name) => Optional(name) ?? throw Error($"column '{name}' is empty");

    /// <summary>Decimal, not double: thresholds such as 3 x 0.7 must equal 2.1 exactly (see docs/assessment.md).</summary>
    public decimal? OptionalDecimal(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error($"column '{name}': '{text}' is not a number");
        }

        return value;
    }

    public decimal RequiredDecimal(string name) => OptionalDecimal(name) ?? throw Error($"column '{name}' is empty");

    public DateOnly? OptionalDate(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Error($"column '{name}': '{text}' is not an ISO 8601 date (yyyy-mm-dd)");
        }

        return date;
    }

    public DateOnly RequiredDate(string name) => OptionalDate(name) ?? throw Error($"column '{name}' is empty");

    public InputException Error(string what) => InputException.At(Source, Line, what);
}
