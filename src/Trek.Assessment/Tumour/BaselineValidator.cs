using Trek.Core;

namespace Trek.Assessment.Tumour;

/// <summary>
/// Rejects a baseline that the criteria do not allow, with the line of the offending row. A wrong
/// baseline would silently change every later response, so these are errors, not NE.
/// </summary>
public static class BaselineValidator
{
    /// <summary>RECIST 1.1 §4.2: at most 5 targets, 2 per organ. RANO 2010: at most 5. RANO 2.0: at most 3.</summary>
    public static int MaxTargets(ResponseCriteria criteria) => criteria == ResponseCriteria.Rano2 ? 3 : 5;

    public static void Validate(string source, string subject, IReadOnlyList<LesionRecord> baseline, ResponseCriteria criteria)
    {
        if (baseline.FirstOrDefault(l => l.Kind == LesionKind.New) is { } early)
        {
            throw InputException.At(source, early.Line, $"subject {subject}: lesion {early.Lesion} is 'new' at the baseline date {early.Date:yyyy-MM-dd}; baseline lesions are target or nontarget");
        }

        var targets = baseline.Where(l => l.Kind == LesionKind.Target).ToList();
        if (targets.Count == 0 && baseline.All(l => l.Kind != LesionKind.NonTarget))
        {
            throw InputException.At(source, baseline[0].Line, $"subject {subject}: no target or non-target lesion at baseline {baseline[0].Date:yyyy-MM-dd}");
        }

        var max = MaxTargets(criteria);
        if (targets.Count > max)
        {
            var name = criteria switch { ResponseCriteria.Recist11 => "RECIST 1.1 §4.2", ResponseCriteria.Rano => "RANO 2010", _ => "RANO 2.0" };
            throw InputException.At(source, targets[max].Line, $"subject {subject}: {targets.Count} target lesions at baseline; {name} allows at most {max}");
        }

        if (criteria == ResponseCriteria.Recist11)
        {
            foreach (var organ in targets.GroupBy(t => t.Organ.ToLowerInvariant()).Where(g => g.Count() > 2))
            {
                throw InputException.At(source, organ.ElementAt(2).Line, $"subject {subject}: {organ.Count()} target lesions in organ '{organ.Key}'; RECIST 1.1 §4.2 allows at most 2 per organ");
            }
        }

        foreach (var t in targets)
        {
            CheckMeasurable(source, subject, t, criteria);
        }

        if (criteria != ResponseCriteria.Recist11 && baseline.All(l => l.SteroidDoseMg is null))
        {
            throw InputException.At(source, baseline[0].Line, $"subject {subject}: steroid_dose_mg is empty at baseline; RANO compares every later dose with it");
        }
    }

    private static void CheckMeasurable(string source, string subject, LesionRecord t, ResponseCriteria criteria)
    {
        if (t.DiameterMm is not { } d1)
        {
            throw InputException.At(source, t.Line, $"subject {subject}: target lesion {t.Lesion} has no diameter_mm at baseline");
        }

        if (criteria == ResponseCriteria.Recist11)
        {
            // RECIST 1.1 §3.1.1: measurable = longest diameter >= 10 mm (CT); a malignant node >= 15 mm short axis.
            if (t.Node && d1 < 15m)
            {
                throw InputException.At(source, t.Line, $"subject {subject}: nodal target {t.Lesion} is {TargetEvaluator.F(d1)} mm short axis at baseline; a measurable node needs >= 15 mm (RECIST 1.1 §3.1.1); record it as nontarget");
            }

            if (!t.Node && d1 < 10m)
            {
                throw InputException.At(source, t.Line, $"subject {subject}: target {t.Lesion} is {TargetEvaluator.F(d1)} mm at baseline; measurable needs >= 10 mm (RECIST 1.1 §3.1.1); record it as nontarget");
            }

            return;
        }

        // RANO 2010 / 2.0: measurable = contrast-enhancing, both perpendicular diameters >= 10 mm.
        if (t.Diameter2Mm is not { } d2 || d1 < 10m || d2 < 10m)
        {
            throw InputException.At(source, t.Line, $"subject {subject}: target {t.Lesion} is {TargetEvaluator.F(d1)} x {(t.Diameter2Mm is { } x ? TargetEvaluator.F(x) : "?")} mm at baseline; RANO measurable needs two perpendicular diameters each >= 10 mm");
        }
    }
}
