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

    public static IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> Read(
        TextReader reader, string source, char delimiter, string timeColumn, string eventColumn, string? groupColumn)
    {
        var columns = groupColumn is null ? new[] { timeColumn, eventColumn } : [timeColumn, eventColumn, groupColumn];
        var groups = new Dictionary<string, List<SurvivalObservation>>(StringComparer.Ordinal);
        var order = new List<string>();
        List<SurvivalObservation>? single = null;
        foreach (var row in TableReader.Read(reader, source, TableSchema.Open(columns), delimiter, _ => { }))
        {
            var time = row.RequiredDouble(timeColumn);
            if (time < 0)
            {
                throw row.Error($"column '{timeColumn}': time {time.ToString(CultureInfo.InvariantCulture)} is negative");
            }

            var ev = row.Optional(eventColumn) switch
            {
                "1" => true,
                "0" => false,
                var other => throw row.Error($"column '{eventColumn}': '{other ?? ""}' is not 1 (event) or 0 (censored)"),
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
                var key = row.Optional(groupColumn) ?? throw row.Error($"column '{groupColumn}' is empty");
                if (!groups.TryGetValue(key, out list!))
                {
                    if (order.Count == MaxGroups)
                    {
                        throw row.Error($"column '{groupColumn}': more than {MaxGroups} groups (the limit; docs/trials.md)");
                    }

                    groups[key] = list = [];
                    order.Add(key);
                }
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
}
