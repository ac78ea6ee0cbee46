namespace Trek.Assessment.Tumour;

/// <summary>Non-target response at one visit (RECIST 1.1 §4.3.3; the same categories serve RANO's non-measurable disease).</summary>
public static class NonTargetEvaluator
{
    /// <returns>Null when the subject had no non-target lesions at baseline.</returns>
    public static (ResponseCategory? Response, string Reason) Evaluate(
        IReadOnlyList<LesionRecord> baselineNonTargets,
        IReadOnlyDictionary<string, LesionRecord> visitNonTargets,
        ResponseCriteria criteria = ResponseCriteria.Recist11)
    {
        if (baselineNonTargets.Count == 0)
        {
            return (null, "");
        }

        var progressed = visitNonTargets.Values.Where(l => l.Status == LesionStatus.Progression).Select(l => l.Lesion).ToList();
        if (progressed.Count > 0)
        {
            return (ResponseCategory.ProgressiveDisease, $"unequivocal progression of non-target lesion(s) {string.Join(", ", progressed)} ({ResponseSources.Cite(criteria, "RECIST 1.1 §4.3.3")})");
        }

        var missing = baselineNonTargets
            .Where(b => !visitNonTargets.TryGetValue(b.Lesion, out var now) || now.Status is null)
            .Select(b => b.Lesion)
            .ToList();
        if (missing.Count > 0)
        {
            return (ResponseCategory.NotEvaluable, $"non-target lesion(s) {string.Join(", ", missing)} not assessed");
        }

        // RECIST 1.1 §4.3.3: CR needs every non-target lesion gone (and nodes < 10 mm): record those as "absent".
        return visitNonTargets.Values.All(l => l.Status == LesionStatus.Absent)
            ? (ResponseCategory.CompleteResponse, "all non-target lesions absent")
            : (ResponseCategory.NonCrNonPd, "non-target lesion(s) present");
    }
}
