namespace Trek.Assessment.Tumour;

/// <summary>
/// The clinical columns of RANO (Wen et al., J Clin Oncol 2010, Table 2; kept unchanged for RANO 2.0 here,
/// see docs/assessment.md): corticosteroids and clinical status can lower an imaging response, and clinical
/// deterioration alone is PD. An increase in steroids alone is not PD.
/// </summary>
public static class RanoClinicalRules
{
    public static (ResponseCategory Response, string Reason) Apply(
        ResponseCategory imaging, string imagingReason, decimal? steroidMg, decimal baselineSteroidMg, ClinicalStatus? clinical)
    {
        if (imaging == ResponseCategory.ProgressiveDisease)
        {
            return (imaging, imagingReason);
        }

        if (clinical == ClinicalStatus.Worse)
        {
            return (ResponseCategory.ProgressiveDisease, "clinical deterioration (RANO 2010 Table 2: PD)");
        }

        if (imaging == ResponseCategory.NotEvaluable)
        {
            return (imaging, imagingReason);
        }

        if (clinical is null || steroidMg is null)
        {
            return (ResponseCategory.NotEvaluable, $"{imagingReason}; but {(clinical is null ? "clinical_status" : "steroid_dose_mg")} not recorded, which RANO needs for CR/PR/SD: NE");
        }

        if (steroidMg > baselineSteroidMg)
        {
            // RANO 2010 Table 2: CR/PR/SD all need stable or reduced corticosteroids versus baseline; the
            // increase alone is not PD either, so the visit cannot be classified.
            return (ResponseCategory.NotEvaluable, $"{imagingReason}; but corticosteroids rose to {TargetEvaluator.F(steroidMg.Value)} mg from {TargetEvaluator.F(baselineSteroidMg)} mg at baseline: not CR/PR/SD (they need stable or reduced steroids) and not PD (a rise alone is not progression): NE (RANO 2010 Table 2)");
        }

        if (imaging == ResponseCategory.CompleteResponse && steroidMg > 0)
        {
            return (ResponseCategory.PartialResponse, $"{imagingReason}; still on corticosteroids ({TargetEvaluator.F(steroidMg.Value)} mg) so not CR: PR (RANO 2010 Table 2; record physiologic replacement as 0)");
        }

        return (imaging, $"{imagingReason}; steroids {TargetEvaluator.F(steroidMg.Value)} mg <= baseline {TargetEvaluator.F(baselineSteroidMg)} mg, clinically {clinical.Value.ToString().ToLowerInvariant()}");
    }
}
