namespace Trek.Assessment.Tumour;

/// <summary>
/// Combines target, non-target and new-lesion findings into the time-point response:
/// RECIST 1.1 §4.4.1 Table 1 (patients with target disease) and Table 2 (non-target disease only).
/// </summary>
public static class OverallResponseTable
{
    public static (ResponseCategory Response, string Reason) Combine(ResponseCategory? target, ResponseCategory? nonTarget, bool newLesions, ResponseCriteria criteria = ResponseCriteria.Recist11)
    {
        // Table 1 / Table 2: PD in any column, or any unequivocal new lesion, makes the time point PD.
        if (target == ResponseCategory.ProgressiveDisease)
        {
            return (ResponseCategory.ProgressiveDisease, "target PD");
        }

        if (nonTarget == ResponseCategory.ProgressiveDisease)
        {
            return (ResponseCategory.ProgressiveDisease, "non-target PD");
        }

        if (newLesions)
        {
            return (ResponseCategory.ProgressiveDisease, $"new lesion ({ResponseSources.Cite(criteria, "RECIST 1.1 §4.3.5")})");
        }

        if (target is null)
        {
            // Table 2: non-target disease only.
            return nonTarget switch
            {
                ResponseCategory.CompleteResponse => (ResponseCategory.CompleteResponse, "non-target CR, no new lesions (Table 2)"),
                ResponseCategory.NonCrNonPd => (ResponseCategory.NonCrNonPd, "non-target non-CR/non-PD, no new lesions (Table 2)"),
                _ => (ResponseCategory.NotEvaluable, "non-target disease not fully evaluated (Table 2)"),
            };
        }

        return target.Value switch
        {
            ResponseCategory.CompleteResponse when nonTarget is null or ResponseCategory.CompleteResponse =>
                (ResponseCategory.CompleteResponse, "target CR, non-target CR or none, no new lesions (Table 1)"),
            ResponseCategory.CompleteResponse =>
                (ResponseCategory.PartialResponse, "target CR but non-target disease present or not evaluated: PR (Table 1)"),
            ResponseCategory.PartialResponse => (ResponseCategory.PartialResponse, "target PR, non-target non-PD or not all evaluated, no new lesions (Table 1)"),
            ResponseCategory.StableDisease => (ResponseCategory.StableDisease, "target SD, non-target non-PD or not all evaluated, no new lesions (Table 1)"),
            _ => (ResponseCategory.NotEvaluable, "target lesions not all evaluated, no PD (Table 1)"),
        };
    }
}
