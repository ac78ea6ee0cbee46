namespace Trek.Assessment.Tumour;

/// <summary>
/// RECIST 1.1 after a complete response: "Lesions that disappear and reappear do not automatically result in PD
/// unless ... CR (overall) was definitively assigned at the previous assessment. In this scenario, the
/// reappearance of any malignant lesion results in PD" (EORTC RECIST FAQ, "Does a new lesion always result in
/// PD?", which recommends that the previous CR be confirmed; Eisenhauer et al. EJC 2009;45:228-47 §4.3).
/// A node has reappeared only at >= 10 mm short axis as a target, or by unequivocal progression as a non-target
/// (EORTC RECIST FAQ "Abnormal lymph node"), because nodes under 10 mm are normal. Without this rule a target at
/// 20, 0, 0 then 4 mm was called PR (4 mm is -80 % from baseline and under +5 mm from the nadir).
/// </summary>
public static class ReappearanceRule
{
    /// <summary>The lesions that reappeared at this visit, in the order of the baseline lists.</summary>
    public static IReadOnlyList<string> Reappeared(
        IReadOnlyList<LesionRecord> baselineTargets,
        IReadOnlyDictionary<string, LesionRecord> visitTargets,
        IReadOnlyList<LesionRecord> baselineNonTargets,
        IReadOnlyDictionary<string, LesionRecord> visitNonTargets)
    {
        var found = new List<string>();
        foreach (var t in baselineTargets)
        {
            if (visitTargets.TryGetValue(t.Lesion, out var now) && now.DiameterMm is { } mm && (t.Node ? mm >= 10m : mm > 0m))
            {
                found.Add(t.Lesion);
            }
        }

        foreach (var n in baselineNonTargets)
        {
            if (visitNonTargets.TryGetValue(n.Lesion, out var now)
                && (now.Status == LesionStatus.Progression || (!n.Node && now.Status == LesionStatus.Present)))
            {
                found.Add(n.Lesion);
            }
        }

        return found;
    }
}
