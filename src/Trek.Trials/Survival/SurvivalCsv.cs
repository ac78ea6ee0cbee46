using Trek.Core;
using Trek.Trials.Tables;

namespace Trek.Trials.Survival;

/// <summary>Reads time/event (and optional group) columns from a CSV into observations; event must be 1 (event) or 0 (censored).</summary>
public static class SurvivalCsv
{
    public static IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> Read(CsvTable table, string timeColumn, string eventColumn, string? groupColumn)
    {
        var t = table.Column(timeColumn);
        var e = table.Column(eventColumn);
        int? g = groupColumn is null ? null : table.Column(groupColumn);
        var groups = new Dictionary<string, List<SurvivalObservation>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var line = table.Rows[r].Line;
            var time = table.Number(r, t);
            if (time < 0)
            {
                throw InputException.At(table.Source, line, $"column '{timeColumn}': time {time} is negative");
            }

            var ev = table.Text(r, e) switch
            {
                "1" => true,
                "0" => false,
                var other => throw InputException.At(table.Source, line, $"column '{eventColumn}': '{other}' is not 1 (event) or 0 (censored)"),
            };
            var key = g is { } gi ? table.Text(r, gi) : "all";
            if (key.Length == 0)
            {
                throw InputException.At(table.Source, line, $"column '{groupColumn}' is empty");
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(new SurvivalObservation(time, ev));
        }

        if (order.Count == 0)
        {
            throw InputException.At(table.Source, null, "no data rows");
        }

        // Groups sorted as R sorts factor levels (numbers numerically, otherwise ordinally) so output matches survfit's strata order.
        var sorted = order.All(k => double.TryParse(k, System.Globalization.CultureInfo.InvariantCulture, out _))
            ? order.OrderBy(k => double.Parse(k, System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : order.OrderBy(k => k, StringComparer.Ordinal).ToList();
        return sorted.Select(k => (k, (IReadOnlyList<SurvivalObservation>)groups[k])).ToArray();
    }
}
