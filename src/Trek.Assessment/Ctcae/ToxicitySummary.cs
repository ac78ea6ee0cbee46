namespace Trek.Assessment.Ctcae;

/// <summary>
/// Per-subject worst treatment-emergent grade per term and the usual safety table (% of patients with each event,
/// all grades and grade 3-4). The denominator is every subject with at least one graded lab row in the input.
/// <para>
/// Treatment-emergent rule (CTCAE/ADaM convention, CDISC ADaM ADLB/"Analysis Data Model Implementation Guide":
/// a laboratory abnormality is an adverse event only if its grade worsens from baseline): the baseline grade is
/// the grade of the last row dated on or before the first dose (first_dose column), else the grade of the row's
/// `baseline` value, else 0 (no baseline known: every post-baseline abnormality counts). A post-baseline row
/// counts only when its grade is above the baseline grade; the subject's grade is the worst such row, and 0 when
/// none worsened. Baseline rows are never events.
/// </para>
/// </summary>
public sealed record ToxicitySummary(int Patients, IReadOnlyList<ToxicityRow> Table, IReadOnlyList<WorstGrade> Worst)
{
    public static ToxicitySummary From(IEnumerable<LabResult> results)
    {
        var subjects = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new Dictionary<(string Subject, string Test), List<LabResult>>();
        foreach (var r in results)
        {
            if (seen.Add(r.Subject))
            {
                subjects.Add(r.Subject);
            }

            var key = (r.Subject, r.Grade.Test);
            if (!rows.TryGetValue(key, out var list))
            {
                rows[key] = list = [];
            }

            list.Add(r);
        }

        var worst = rows.Select(kv => WorstOf(kv.Key.Subject, kv.Value)).ToList();
        var n = subjects.Count;
        var table = Enum.GetValues<LabTest>()
            .Select(t => Row(t, worst.Where(w => w.Test == t.Code()).ToList(), n))
            .Where(row => row.Patients > 0)
            .ToList();
        var order = subjects.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        var list2 = worst
            .OrderBy(w => order[w.Subject])
            .ThenBy(w => (int)LabTests.Parse(w.Test)!.Value)
            .ToList();
        return new ToxicitySummary(n, table, list2);
    }

    private static WorstGrade WorstOf(string subject, List<LabResult> rows)
    {
        var first = rows[0].Grade;
        var baselineRows = rows.Where(r => r.Baseline).OrderBy(r => r.Date).ThenBy(r => r.Line).ToList();
        int? baseline = baselineRows.Count > 0
            ? baselineRows[^1].Grade.Grade
            : rows.Select(r => r.BaselineValueGrade).FirstOrDefault(g => g is not null);
        var reference = baseline ?? 0;
        int? grade = null;
        DateOnly? date = null;
        var post = rows.Where(r => !r.Baseline).ToList();
        foreach (var r in post)
        {
            if (r.Grade.Grade is not { } g)
            {
                continue;
            }

            var emergent = g > reference ? g : 0;
            if (grade is not { } c || emergent > c || (emergent == c && emergent > 0 && r.Date < date))
            {
                (grade, date) = (emergent, emergent > 0 ? r.Date : null);
            }
        }

        return new WorstGrade(subject, first.Test, first.Term, grade, date, post.Count, baseline);
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
