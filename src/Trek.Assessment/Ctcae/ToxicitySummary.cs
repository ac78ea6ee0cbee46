namespace Trek.Assessment.Ctcae;

/// <summary>
/// Per-subject worst grade per term and the usual safety table (% of patients with each event, all grades
/// and grade 3-4). The denominator is every subject with at least one lab row in the input.
/// </summary>
public sealed record ToxicitySummary(int Patients, IReadOnlyList<ToxicityRow> Table, IReadOnlyList<WorstGrade> Worst)
{
    public static ToxicitySummary From(IEnumerable<LabResult> results)
    {
        var subjects = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var worst = new Dictionary<(string Subject, string Test), WorstGrade>();
        foreach (var r in results)
        {
            if (seen.Add(r.Subject))
            {
                subjects.Add(r.Subject);
            }

            var key = (r.Subject, r.Grade.Test);
            var current = worst.GetValueOrDefault(key) ?? new WorstGrade(r.Subject, r.Grade.Test, r.Grade.Term, null, null, 0);
            var better = r.Grade.Grade is { } g && (current.Grade is not { } c || g > c || (g == c && r.Date < current.Date));
            worst[key] = better
                ? current with { Grade = r.Grade.Grade, Date = r.Date, Values = current.Values + 1 }
                : current with { Values = current.Values + 1 };
        }

        var n = subjects.Count;
        var table = Enum.GetValues<LabTest>()
            .Select(t => Row(t, worst.Values.Where(w => w.Test == t.Code()).ToList(), n))
            .Where(row => row.Patients > 0)
            .ToList();
        var order = subjects.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        var list = worst.Values
            .OrderBy(w => order[w.Subject])
            .ThenBy(w => (int)LabTests.Parse(w.Test)!.Value)
            .ToList();
        return new ToxicitySummary(n, table, list);
    }

    private static ToxicityRow Row(LabTest test, List<WorstGrade> worst, int n)
    {
        int Count(Func<int, bool> f) => worst.Count(w => w.Grade is { } g && f(g));
        var all = Count(g => g >= 1);
        var severe = Count(g => g >= 3);
        return new ToxicityRow(test.Term(), test.Code(), worst.Count, all, Pct(all, n), severe, Pct(severe, n),
            Count(g => g == 1), Count(g => g == 2), Count(g => g == 3), Count(g => g == 4), worst.Count(w => w.Grade is null));
    }

    private static decimal Pct(int k, int n) => n == 0 ? 0 : Math.Round(100m * k / n, 1, MidpointRounding.AwayFromZero);
}
