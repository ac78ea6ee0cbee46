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
    public static LabGrade Grade(LabTest test, decimal value, string? unit = null, decimal? uln = null, decimal? lln = null, decimal? baseline = null)
    {
        if (value < 0 || uln < 0 || lln < 0 || baseline < 0)
        {
            throw new InputException($"{test.Code()}: values cannot be negative");
        }

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
            LabTest.Anc => Decrease(value, lln, 1.5m, 1.0m, 0.5m, "x 10^9/L"),
            LabTest.Wbc => Decrease(value, lln, 3.0m, 2.0m, 1.0m, "x 10^9/L"),
            LabTest.Platelets => Decrease(value, lln, 75m, 50m, 25m, "x 10^9/L"),
            _ => Anaemia(value, lln, canonical),
        };
        var abnormal = baseline is { } b && uln is { } u && b > u && test is LabTest.Alt or LabTest.Ast or LabTest.Bilirubin;
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
}
