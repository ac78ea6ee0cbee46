using Trek.Assessment.Ctcae;
using Trek.Core;
using static Trek.Reports.Assessment.TsvCells;

namespace Trek.Reports.Assessment;

/// <summary>The text and TSV forms of `trek ctcae` and `trek ctcae grade` (the JSON form is <see cref="CtcaeReport"/>).</summary>
public static class CtcaeTsv
{
    /// <summary>One row per graded lab value, then one per skipped row (`--graded`).</summary>
    public static void Graded(TextWriter w, IReadOnlyList<LabResult> rows, IReadOnlyList<SkippedLab> skipped)
    {
        w.WriteLine("#subject\tdate\ttest\tvalue\treported\tunit\tuln\tlln\tbaseline\tbaseline_abnormal\tbaseline_row\tgrade\tcriterion\tnote");
        foreach (var r in rows)
        {
            var g = r.Grade;
            w.WriteLine(Row(r.Subject, r.Date, g.Test, g.Value, g.Censored, g.Unit, g.Uln, g.Lln, g.Baseline, g.BaselineAbnormal, r.Baseline, g.Grade, g.Criterion, g.Note));
        }

        foreach (var x in skipped)
        {
            w.WriteLine(Row(x.Subject, x.Date, x.Test, null, x.Value, null, null, null, null, null, null, null, "skipped", x.Reason));
        }
    }

    /// <summary>Each subject's worst treatment-emergent grade per test (`--worst`).</summary>
    public static void Worst(TextWriter w, ToxicitySummary summary)
    {
        w.WriteLine("#subject\ttest\tterm\tbaseline_grade\tworst_grade\tdate\tvalues");
        foreach (var x in summary.Worst)
        {
            w.WriteLine(Row(x.Subject, x.Test, x.Term, x.BaselineGrade, x.Grade, x.Date, x.Values));
        }
    }

    /// <summary>The toxicity table: patients and percentages per term and grade.</summary>
    public static void Table(TextWriter w, ToxicitySummary summary, int skippedRows)
    {
        w.WriteLine($"## trek {TrekVersion.Current} ctcae CTCAE v5.0; patients={summary.Patients}; percentages of all patients; treatment-emergent grades (worse than baseline); rows_skipped={skippedRows}");
        w.WriteLine("#term\ttest\tpatients_tested\tall_grades_n\tall_grades_pct\tgrade3_4_n\tgrade3_4_pct\tgrade1\tgrade2\tgrade3\tgrade4\tnot_gradable");
        foreach (var t in summary.Table)
        {
            w.WriteLine(Row(t.Term, t.Test, t.Patients, t.AllGrades, t.AllGradesPct, t.Grade3To4, t.Grade3To4Pct, t.Grade1, t.Grade2, t.Grade3, t.Grade4, t.NotGradable));
        }
    }

    /// <summary>`trek ctcae grade`'s one line: test, value, unit, grade and the criterion that gave it.</summary>
    public static void GradeLine(TextWriter w, LabGrade g)
    {
        var grade = g.Grade is { } n ? $"grade {n}" : "grade undecided";
        w.WriteLine($"{g.Test} {g.Censored ?? Cell(g.Value)} {g.Unit}: {grade} ({g.Term}: {g.Criterion}){(g.Note is null ? "" : $"; {g.Note}")}");
    }
}
