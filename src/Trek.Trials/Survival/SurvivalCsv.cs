using System.Globalization;
using Trek.Core;
using Trek.IO.Tables;

namespace Trek.Trials.Survival;

/// <summary>
/// Reads time/event (and optional group) columns of a CSV or TSV through the one table reader into
/// observations; event must be 1 (event) or 0 (censored). Other columns are not used (the user names the
/// columns). At most <see cref="MaxGroups"/> groups.
/// </summary>
public static class SurvivalCsv
{
    /// <summary>
    /// The bound on --group levels: the log-rank covariance is k x k per event time (R survdiff does the same), so
    /// 10,000 groups would never finish; a plot or table with more than 100 curves is not readable either.
    /// </summary>
    public const int MaxGroups = 100;

    /// <summary>
    /// Reads the table from its UTF-8 bytes (<see cref="Utf8TableReader"/>): time and event straight from the bytes, a
    /// group label as text only the first time it is seen, so a 1,000,000-row table makes no string per row (issue 10).
    /// </summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> Read(
        Stream stream, string source, char delimiter, string timeColumn, string eventColumn, string? groupColumn)
    {
        var columns = groupColumn is null ? new[] { timeColumn, eventColumn } : [timeColumn, eventColumn, groupColumn];
        var reader = new Utf8TableReader(stream, source, TableSchema.Open(columns), delimiter, _ => { });
        var groups = new Dictionary<string, List<SurvivalObservation>>(StringComparer.Ordinal);
        var order = new List<string>();
        var labels = new List<(byte[] Bytes, List<SurvivalObservation> List)>();
        List<SurvivalObservation>? single = null;
        int timeAt = -1, eventAt = -1, groupAt = -1;
        while (reader.Read())
        {
            if (timeAt < 0)
            {
                (timeAt, eventAt, groupAt) = (reader.Column(timeColumn)!.Value, reader.Column(eventColumn)!.Value, groupColumn is null ? -1 : reader.Column(groupColumn)!.Value);
            }

            var time = reader.RequiredDouble(timeAt, timeColumn);
            if (time < 0)
            {
                throw reader.Row().Error($"column '{timeColumn}': time {time.ToString(CultureInfo.InvariantCulture)} is negative");
            }

            var ev = reader.TrimmedCell(eventAt) switch
            {
                [(byte)'1'] => true,
                [(byte)'0'] => false,
                _ => Event(reader.Row(), eventColumn),
            };
            List<SurvivalObservation> list;
            if (groupColumn is null)
            {
                list = single ??= groups["all"] = [];
                if (order.Count == 0)
                {
                    order.Add("all");
                }
            }
            else
            {
                list = Group(reader, groupAt, groupColumn, labels, groups, order);
            }

            list.Add(new SurvivalObservation(time, ev));
        }

        if (order.Count == 0)
        {
            throw InputException.At(source, null, "no data rows");
        }

        // Groups sorted as R sorts factor levels (numbers numerically, otherwise ordinally) so output matches survfit's strata order.
        var sorted = order.All(k => ExactNumber.TryParseDouble(k, out _, out _))
            ? order.OrderBy(k => double.Parse(k, CultureInfo.InvariantCulture)).ToList()
            : order.OrderBy(k => k, StringComparer.Ordinal).ToList();
        return sorted.Select(k => (k, (IReadOnlyList<SurvivalObservation>)groups[k])).ToArray();
    }

    /// <summary>An event cell that is not plainly "1" or "0" read as text: "1" padded with other white space, or a refusal.</summary>
    private static bool Event(TableRow row, string column) => row.Optional(column) switch
    {
        "1" => true,
        "0" => false,
        var other => throw row.Error($"column '{column}': '{other ?? ""}' is not 1 (event) or 0 (censored)"),
    };

    /// <summary>
    /// The observation list of the row's group: matched on the cell's bytes against the labels seen so far (at most
    /// <see cref="MaxGroups"/>, the last match tried first); a new label is read as text, checked and added.
    /// </summary>
    private static List<SurvivalObservation> Group(
        Utf8TableReader reader, int column, string name, List<(byte[] Bytes, List<SurvivalObservation> List)> labels,
        Dictionary<string, List<SurvivalObservation>> groups, List<string> order)
    {
        var cell = reader.Cell(column);
        foreach (var (bytes, list) in labels)
        {
            if (cell.SequenceEqual(bytes))
            {
                return list;
            }
        }

        var row = reader.Row();
        var key = row.Optional(name) ?? throw row.Error($"column '{name}' is empty");
        if (!groups.TryGetValue(key, out var found))
        {
            if (order.Count == MaxGroups)
            {
                throw row.Error($"column '{name}': more than {MaxGroups} groups (the limit; docs/trials.md)");
            }

            groups[key] = found = [];
            order.Add(key);
        }

        // Untrimmed spellings of one label (" A" and "A") map to the same group; each is remembered (bounded: a cell
        // is at most one line, and a pathological file with endless spellings only pays the text path).
        if (labels.Count < 4 * MaxGroups)
        {
            labels.Add((cell.ToArray(), found));
        }

        return found;
    }
}
