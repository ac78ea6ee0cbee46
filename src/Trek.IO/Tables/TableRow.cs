using System.Globalization;
using Trek.Core;

namespace Trek.IO.Tables;

/// <summary>
/// One data line of a table, addressed by (lower-case) column name. Every accessor that fails throws
/// <see cref="InputException"/> naming the file, the line and the column: a bad cell is one clear line,
/// never guessed around. Missing cells are those <see cref="MissingValue"/> defines.
/// </summary>
public sealed class TableRow
{
    private readonly TableHeader _header;
    private readonly string[] _fields;

    internal TableRow(TableHeader header, long line, string[] fields)
    {
        _header = header;
        Line = line;
        _fields = fields;
    }

    public string Source => _header.Source;

    public long Line { get; }

    public bool HasColumn(string name) => _header.Index(name) is not null;

    /// <summary>The trimmed cell, or null when the column is absent or the cell is missing.</summary>
    public string? Optional(string name)
    {
        if (_header.Index(name) is not { } index)
        {
            return null;
        }

        var value = _fields[index].Trim();
        return MissingValue.Is(value) ? null : value;
    }

    public string Required(string name) => Optional(name) ?? throw Error($"column '{name}' is empty");

    /// <summary>Decimal, not double: clinical thresholds such as 3 x 0.7 must equal 2.1 exactly.</summary>
    public decimal? OptionalDecimal(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return ExactNumber.TryParseDecimal(text, out var value, out var problem) ? value : throw Error($"column '{name}': {problem}");
    }

    public decimal RequiredDecimal(string name) => OptionalDecimal(name) ?? throw Error($"column '{name}' is empty");

    public double? OptionalDouble(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return ExactNumber.TryParseDouble(text, out var value, out var problem) ? value : throw Error($"column '{name}': {problem}");
    }

    public double RequiredDouble(string name) => OptionalDouble(name) ?? throw Error($"column '{name}' is empty");

    public DateOnly? OptionalDate(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"column '{name}': '{text}' is not an ISO 8601 date (yyyy-mm-dd)");
    }

    public DateOnly RequiredDate(string name) => OptionalDate(name) ?? throw Error($"column '{name}' is empty");

    public InputException Error(string what) => InputException.At(Source, Line, what);
}
