using Trek.Core;
using Trek.Core.Text;

namespace Trek.IO.Tables;

/// <summary>The header of a table: column names (trimmed, lower-case) checked against a <see cref="TableSchema"/>.</summary>
internal sealed class TableHeader
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private TableHeader(string source, int count)
    {
        Source = source;
        Count = count;
    }

    public string Source { get; }

    public int Count { get; }

    public int? Index(string name) => _columns.TryGetValue(name, out var i) ? i : null;

    public static TableHeader Parse(string[] fields, string source, long line, TableSchema schema, Action<string>? warn)
    {
        var header = new TableHeader(source, fields.Length);
        for (var i = 0; i < fields.Length; i++)
        {
            var name = fields[i].Trim().ToLowerInvariant();
            if (name.Length == 0)
            {
                throw InputException.At(source, line, $"header column {i + 1} has no name");
            }

            if (!header._columns.TryAdd(name, i))
            {
                throw InputException.At(source, line, $"column '{name}' appears twice in the header");
            }
        }

        var missing = schema.Required.Where(r => !header._columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            throw InputException.At(source, line, $"missing column(s): {string.Join(", ", missing)} (columns: {string.Join(", ", header._columns.Keys)})");
        }

        if (schema.OpenColumns)
        {
            return header;
        }

        var known = schema.Known.ToHashSet(StringComparer.Ordinal);
        foreach (var name in header._columns.Keys.Where(n => !known.Contains(n)))
        {
            // A near miss of a known column that is absent is a typo, not an extra column: refuse it.
            var near = schema.Known.Where(k => !header._columns.ContainsKey(k) && EditDistance.AtMost(name, k, 2)).ToList();
            if (near.Count > 0)
            {
                throw InputException.At(source, line, $"unknown column '{name}': did you mean '{near[0]}'? (known columns: {string.Join(", ", schema.Known)})");
            }

            warn?.Invoke($"{source}:{line}: column '{name}' is not used (known columns: {string.Join(", ", schema.Known)})");
        }

        return header;
    }
}
