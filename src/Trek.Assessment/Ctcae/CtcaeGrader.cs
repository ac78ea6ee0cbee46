using Trek.Core;

namespace Trek.Assessment.Ctcae;

/// <summary>
/// Grades one laboratory value by CTCAE v5.0. All arithmetic is <see cref="decimal"/>: the thresholds are
/// decimal multiples (1.5, 3.0, 0.7 ...) that binary floating point cannot hold, and 3 x 0.7 must equal
/// 2.1 exactly, so a value exactly on a boundary always falls on the side CTCAE states. No epsilon is used.
/// Range notation as in CTCAE: "&gt;3.0 - 5.0 x ULN" means 3.0 x ULN &lt; value &lt;= 5.0 x ULN;
/// "&lt;1.0 - 0.5" means 0.5 &lt;= value &lt; 1.0.
/// </summary>
public static class CtcaeGrader
{
    /// <summary>
    /// The largest value, ULN, LLN or baseline accepted (issue 15: a ULN of 1e308 ended in exit 70). No laboratory
    /// reports more in any unit Trek reads (platelets as /uL reach about 10^6); decimal arithmetic on multiples of
    /// it stays exact.
    /// </summary>
    public const decimal MaxValue = 1_000_000_000m;

    /// <summary>Grades a value as reported: exact, or censored (&lt;x, &gt;x), see <see cref="LabValue"/>.</summary>
    public static LabGrade Grade(LabTest test, LabValue value, string? unit = null, decimal? uln = null, decimal? lln = null, decimal? baseline = null)
    {
        Check(test, value.Bound, uln, lln, baseline);
        return value.Kind == LabValueKind.Exact
            ? Exact(test, value.Bound, unit, uln, lln, baseline)
            : Censored(test, value, unit, uln, lln, baseline);
    }

    public static LabGrade Grade(LabTest test, decimal value, string? unit = null, decimal? uln = null, decimal? lln = null, decimal? baseline = null)
    {
        Check(test, value, uln, lln, baseline);
        return Exact(test, value, unit, uln, lln, baseline);
    }

    private static void Check(LabTest test, decimal value, decimal? uln, decimal? lln, decimal? baseline)
    {
        if (value < 0 || uln < 0 || lln < 0 || baseline < 0)
        {
            throw new InputException($"{test.Code()}: values cannot be negative");
        }

        if (value > MaxValue || uln > MaxValue || lln > MaxValue || baseline > MaxValue)
        {
            throw new InputException($"{test.Code()}: a value, ULN, LLN or baseline above {MaxValue:0} is not a laboratory result");
        }
    }

    private static LabGrade Exact(LabTest test, decimal value, string? unit, decimal? uln, decimal? lln, decimal? baseline)
    {
        var (factor, canonical) = LabUnits.Factor(test, unit);
        value *= factor;
        uln *= factor;
        lln *= factor;
        baseline *= factor;
        var r = test switch
        {
            LabTest.Alt or LabTest.Ast => Aminotransferase(value, Need(test, uln), baseline),
            LabTest.Bilirubin => Bilirubin(value, Need(test, uln), baseline),
            LabTest.Creatinine => Creatinine(value, Need(test, uln), baseline),
            LabTest.Ggt or LabTest.Alp => GgtOrAlp(value, Need(test, uln), baseline),
            LabTest.Cpk => Cpk(value, Need(test, uln)),
            LabTest.Anc => Decrease(value, lln, 1.5m, 1.0m, 0.5m, "x 10^9/L"),
            LabTest.Wbc => Decrease(value, lln, 3.0m, 2.0m, 1.0m, "x 10^9/L"),
            LabTest.Lymphocytes => Decrease(value, lln, 0.8m, 0.5m, 0.2m, "x 10^9/L"),
            LabTest.Platelets => Decrease(value, lln, 75m, 50m, 25m, "x 10^9/L"),
            LabTest.Albumin => Hypoalbuminaemia(value, lln),
            _ => Anaemia(value, lln, canonical),
        };
        var abnormal = baseline is { } b && uln is { } u && b > u && test is LabTest.Alt or LabTest.Ast or LabTest.Bilirubin or LabTest.Ggt or LabTest.Alp;
        return new LabGrade(test.Code(), test.Term(), r.Grade, value, canonical, uln, lln, baseline, abnormal, r.Criterion, r.Note);
    }

    private static decimal Need(LabTest test, decimal? uln) =>
        uln is { } u && u > 0 ? u : throw new InputException($"{test.Code()} needs the ULN (upper limit of normal) to be graded");

    /// <summary>
    /// CTCAE v5.0 ALT/AST increased. Baseline normal: grade 1 "&gt;ULN - 3.0 x ULN if baseline was normal",
    /// 2 "&gt;3.0 - 5.0 x ULN", 3 "&gt;5.0 - 20.0 x ULN", 4 "&gt;20.0 x ULN". Baseline abnormal (above ULN):
    /// 1 "1.5 - 3.0 x baseline", 2 "&gt;3.0 - 5.0 x baseline", 3 "&gt;5.0 - 20.0 x baseline", 4 "&gt;20.0 x baseline".
    /// </summary>
    private static (int? Grade, string Criterion, string? Note) Aminotransferase(decimal v, decimal uln, decimal? baseline)
    {
        if (baseline is { } b && b > uln)
        {
            return v < 1.5m * b ? (0, "< 1.5 x baseline (baseline abnormal)", null)
                : v <= 3m * b ? (1, "1.5 - 3.0 x baseline (baseline abnormal)", null)
                : v <= 5m * b ? (2, "> 3.0 - 5.0 x baseline (baseline abnormal)", null)
                : v <= 20m * b ? (3, "> 5.0 - 20.0 x baseline (baseline abnormal)", null)
                : (4, "> 20.0 x baseline (baseline abnormal)", null);
        }

        return v <= uln ? (0, "<= ULN", null)
            : v <= 3m * uln ? (1, "> ULN - 3.0 x ULN (baseline normal)", null)
            : v <= 5m * uln ? (2, "> 3.0 - 5.0 x ULN (baseline normal)", null)
            : v <= 20m * uln ? (3, "> 5.0 - 20.0 x ULN (baseline normal)", null)
            : (4, "> 20.0 x ULN (baseline normal)", null);
    }

    /// <summary>
    /// CTCAE v5.0 Blood bilirubin increased. Baseline normal: 1 "&gt;ULN - 1.5 x ULN", 2 "&gt;1.5 - 3.0 x ULN",
    /// 3 "&gt;3.0 - 10.0 x ULN", 4 "&gt;10.0 x ULN". Baseline abnormal: 1 "&gt;1.0 - 1.5 x baseline",
    /// 2 "&gt;1.5 - 3.0 x baseline", 3 "&gt;3.0 - 10.0 x baseline", 4 "&gt;10.0 x baseline".
    /// </summary>
    private static (int? Grade, string Criterion, string? Note) Bilirubin(decimal v, decimal uln, decimal? baseline)
    {
        if (baseline is { } b && b > uln)
        {
            return v <= b ? (0, "<= baseline (baseline abnormal)", null)
                : v <= 1.5m * b ? (1, "> 1.0 - 1.5 x baseline (baseline abnormal)", null)
                : v <= 3m * b ? (2, "> 1.5 - 3.0 x baseline (baseline abnormal)", null)
                : v <= 10m * b ? (3, "> 3.0 - 10.0 x baseline (baseline abnormal)", null)
                : (4, "> 10.0 x baseline (baseline abnormal)", null);
        }

        return v <= uln ? (0, "<= ULN", null)
            : v <= 1.5m * uln ? (1, "> ULN - 1.5 x ULN (baseline normal)", null)
            : v <= 3m * uln ? (2, "> 1.5 - 3.0 x ULN (baseline normal)", null)
            : v <= 10m * uln ? (3, "> 3.0 - 10.0 x ULN (baseline normal)", null)
            : (4, "> 10.0 x ULN (baseline normal)", null);
    }

    /// <summary>
    /// CTCAE v5.0 Creatinine increased: 1 "&gt;ULN - 1.5 x ULN", 2 "&gt;1.5 - 3.0 x baseline; &gt;1.5 - 3.0 x ULN",
    /// 3 "&gt;3.0 x baseline; &gt;3.0 - 6.0 x ULN", 4 "&gt;6.0 x ULN". The higher of the ULN and baseline readings wins.
    /// </summary>
    private static (int? Grade, string Criterion, string? Note) Creatinine(decimal v, decimal uln, decimal? baseline)
    {
        var byUln = v <= uln ? (0, "<= ULN")
            : v <= 1.5m * uln ? (1, "> ULN - 1.5 x ULN")
            : v <= 3m * uln ? (2, "> 1.5 - 3.0 x ULN")
            : v <= 6m * uln ? (3, "> 3.0 - 6.0 x ULN")
            : (4, "> 6.0 x ULN");
        if (baseline is { } b && b > 0)
        {
            var byBaseline = v > 3m * b ? (3, "> 3.0 x baseline") : v > 1.5m * b ? (2, "> 1.5 - 3.0 x baseline") : (0, "");
            if (byBaseline.Item1 > byUln.Item1)
            {
                return (byBaseline.Item1, byBaseline.Item2, null);
            }
        }

        return (byUln.Item1, byUln.Item2, null);
    }

    /// <summary>
    /// CTCAE v5.0 Neutrophil count / White blood cell / Platelet count decreased: grade 1 "&lt;LLN - g1",
    /// 2 "&lt;g1 - g2", 3 "&lt;g2 - g3", 4 "&lt;g3" (x 10^9/L). ANC: 1.5/1.0/0.5; WBC: 3.0/2.0/1.0; PLT: 75/50/25.
    /// </summary>
    private static (int? Grade, string Criterion, string? Note) Decrease(decimal v, decimal? lln, decimal g1, decimal g2, decimal g3, string unit)
    {
        if (v < g3)
        {
            return (4, $"< {g3} {unit}", null);
        }

        if (v < g2)
        {
            return (3, $"< {g2} - {g3} {unit}", null);
        }

        if (v < g1)
        {
            return (2, $"< {g1} - {g2} {unit}", null);
        }

        return lln switch
        {
            null => (null, $">= {g1} {unit}", $"LLN not given: cannot tell grade 0 from grade 1 (< LLN - {g1})"),
            { } l when v < l => (1, $"< LLN - {g1} {unit}", null),
            _ => (0, ">= LLN", null),
        };
    }

    /// <summary>
    /// CTCAE v5.0 Anemia: 1 "Hgb &lt;LLN - 10.0 g/dL; &lt;LLN - 6.2 mmol/L; &lt;LLN - 100 g/L", 2 "&lt;10.0 - 8.0 g/dL;
    /// &lt;6.2 - 4.9 mmol/L", 3 "&lt;8.0 g/dL; &lt;4.9 mmol/L". Grade 4 is clinical (life-threatening), never a lab value.
    /// </summary>
    private static (int? Grade, string Criterion, string? Note) Anaemia(decimal v, decimal? lln, string unit)
    {
        var (g1, g2) = unit == "mmol/L" ? (6.2m, 4.9m) : (10.0m, 8.0m);
        if (v < g2)
        {
            return (3, $"< {g2} {unit}", "grade 4 (life-threatening consequences) is a clinical judgement, not a lab value");
        }

        if (v < g1)
        {
            return (2, $"< {g1} - {g2} {unit}", null);
        }

        return lln switch
        {
            null => (null, $">= {g1} {unit}", $"LLN not given: cannot tell grade 0 from grade 1 (< LLN - {g1})"),
            { } l when v < l => (1, $"< LLN - {g1} {unit}", null),
            _ => (0, ">= LLN", null),
        };
    }

    /// <summary>
    /// CTCAE v5.0 GGT increased and Alkaline phosphatase increased (same wording): baseline normal: 1 "&gt;ULN - 2.5 x ULN
    /// if baseline was normal", 2 "&gt;2.5 - 5.0 x ULN", 3 "&gt;5.0 - 20.0 x ULN", 4 "&gt;20.0 x ULN"; baseline abnormal:
    /// 1 "2.0 - 2.5 x baseline if baseline was abnormal", 2 "&gt;2.5 - 5.0 x baseline", 3 "&gt;5.0 - 20.0 x baseline",
    /// 4 "&gt;20.0 x baseline". Below 2.0 x an abnormal baseline the grade is 0 (v5.0 defines nothing there).
    /// </summary>
    private static (int? Grade, string Criterion, string? Note) GgtOrAlp(decimal v, decimal uln, decimal? baseline)
    {
        if (baseline is { } b && b > uln)
        {
            return v < 2m * b ? (0, "< 2.0 x baseline (baseline abnormal)", null)
                : v <= 2.5m * b ? (1, "2.0 - 2.5 x baseline (baseline abnormal)", null)
                : v <= 5m * b ? (2, "> 2.5 - 5.0 x baseline (baseline abnormal)", null)
                : v <= 20m * b ? (3, "> 5.0 - 20.0 x baseline (baseline abnormal)", null)
                : (4, "> 20.0 x baseline (baseline abnormal)", null);
        }

        return v <= uln ? (0, "<= ULN", null)
            : v <= 2.5m * uln ? (1, "> ULN - 2.5 x ULN (baseline normal)", null)
            : v <= 5m * uln ? (2, "> 2.5 - 5.0 x ULN (baseline normal)", null)
            : v <= 20m * uln ? (3, "> 5.0 - 20.0 x ULN (baseline normal)", null)
            : (4, "> 20.0 x ULN (baseline normal)", null);
    }

    /// <summary>CTCAE v5.0 CPK increased: 1 "&gt;ULN - 2.5 x ULN", 2 "&gt;2.5 x ULN - 5 x ULN", 3 "&gt;5 x ULN - 10 x ULN", 4 "&gt;10 x ULN".</summary>
    private static (int? Grade, string Criterion, string? Note) Cpk(decimal v, decimal uln) =>
        v <= uln ? (0, "<= ULN", null)
        : v <= 2.5m * uln ? (1, "> ULN - 2.5 x ULN", null)
        : v <= 5m * uln ? (2, "> 2.5 - 5 x ULN", null)
        : v <= 10m * uln ? (3, "> 5 - 10 x ULN", null)
        : (4, "> 10 x ULN", null);

    /// <summary>
    /// CTCAE v5.0 Hypoalbuminemia: 1 "&lt;LLN - 3 g/dL; &lt;LLN - 30 g/L", 2 "&lt;3 - 2 g/dL; &lt;30 - 20 g/L", 3 "&lt;2 g/dL;
    /// &lt;20 g/L". Grade 4 ("life-threatening consequences") is clinical, never a lab value.
    /// </summary>
    private static (int? Grade, string Criterion, string? Note) Hypoalbuminaemia(decimal v, decimal? lln)
    {
        if (v < 2m)
        {
            return (3, "< 2 g/dL", "grade 4 (life-threatening consequences) is a clinical judgement, not a lab value");
        }

        if (v < 3m)
        {
            return (2, "< 3 - 2 g/dL", null);
        }

        return lln switch
        {
            null => (null, ">= 3 g/dL", "LLN not given: cannot tell grade 0 from grade 1 (< LLN - 3)"),
            { } l when v < l => (1, "< LLN - 3 g/dL", null),
            _ => (0, ">= LLN", null),
        };
    }

    /// <summary>
    /// A censored value ("&lt;5", "&gt;1000") is graded exactly when every value it allows has the same grade: the grade
    /// is evaluated at both ends of the interval (grades are monotone in the value). "&lt;x" is [0, x): its upper end is
    /// evaluated just below x (x - 1e-12, finer than any threshold: thresholds are decimal multiples of limits given
    /// to at most a few decimals); "&gt;x" is (x, ∞): just above x and at 1e12, beyond <see cref="MaxValue"/>.
    /// Otherwise the grade is null and the note names the possible range ("undecidable", counted as not gradable).
    /// </summary>
    private static LabGrade Censored(LabTest test, LabValue value, string? unit, decimal? uln, decimal? lln, decimal? baseline)
    {
        const decimal tiny = 0.000000000001m;
        const decimal huge = 1_000_000_000_000m;
        var (low, high) = value.Kind switch
        {
            LabValueKind.Below => (0m, value.Bound - tiny),
            LabValueKind.AtMost => (0m, value.Bound),
            LabValueKind.Above => (value.Bound + tiny, huge),
            _ => (value.Bound, huge),
        };
        var a = Exact(test, Math.Max(0m, low), unit, uln, lln, baseline);
        var b = Exact(test, Math.Max(0m, high), unit, uln, lln, baseline);
        var at = value.Kind is LabValueKind.Below or LabValueKind.AtMost ? b : a;
        var shown = Exact(test, value.Bound, unit, uln, lln, baseline).Value;
        if (a.Grade is { } g && b.Grade == g)
        {
            return at with { Value = shown, Censored = value.Text, Note = Join(at.Note, $"censored value {value.Text}: every value it allows is grade {g}") };
        }

        var range = a.Grade is { } x && b.Grade is { } y
            ? $"could be grade {Math.Min(x, y)} to {Math.Max(x, y)}"
            : $"cannot be placed ({a.Note ?? b.Note})";
        return at with { Value = shown, Censored = value.Text, Grade = null, Criterion = "censored value", Note = $"censored value {value.Text} {range}: not gradable" };
    }

    private static string Join(string? a, string b) => a is null ? b : $"{a}; {b}";
}
