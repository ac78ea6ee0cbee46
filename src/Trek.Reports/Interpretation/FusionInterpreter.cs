using Trek.Fusion.Calling;
using Trek.Reports.Fusions;
using Trek.Reports.Samples;

namespace Trek.Reports.Interpretation;

/// <summary>
/// Checks one call against the ClinGen NTRK fusion structure criteria (Saliba et al. 2022: NTRK 3', kinase domain
/// retained, in frame) and Trek's call confidence, then assigns the AMP/ASCO/CAP tier (Li et al. 2017). Every
/// branch is a rule in docs/report.md with its source; tests cover each edge.
/// </summary>
public static class FusionInterpreter
{
    public static readonly string[] NtrkGenes = ["NTRK1", "NTRK2", "NTRK3"];

    public static bool IsNtrk(string? gene) => gene is not null && NtrkGenes.Contains(gene);

    /// <summary>The finding for an NTRK call, or null when neither gene is NTRK1/2/3.</summary>
    public static NtrkFinding? Interpret(FusionRecord call, TumourClass tumour)
    {
        var ntrk = IsNtrk(call.Gene2) ? call.Gene2 : IsNtrk(call.Gene1) ? call.Gene1! : null;
        if (ntrk is null)
        {
            return null;
        }

        // ClinGen: the kinase domain must come from the 3' NTRK gene; with NTRK 5' the kinase column describes the partner.
        var orientation = IsNtrk(call.Gene2) ? Outcome.Met : Outcome.NotMet;
        var checks = new List<CriterionCheck>
        {
            new(Criterion.PartnerIdentified, call.Gene1 is not null && call.Breakpoint1 is not null ? Outcome.Met : Outcome.NotMet),
            new(Criterion.Orientation, orientation),
            new(Criterion.KinaseDomainRetained, orientation == Outcome.NotMet ? Outcome.NotMet : Of(call.KinaseDomainRetained)),
            new(Criterion.InFrame, call.ReadingFrame switch
            {
                ReadingFrame.InFrame => Outcome.Met,
                ReadingFrame.OutOfFrame or ReadingFrame.StopCodon => Outcome.NotMet,
                _ => Outcome.NotDetermined,
            }),
            new(Criterion.CallConfidence, call.Confidence == Confidence.Low ? Outcome.NotMet : Outcome.Met),
        };
        var category = Categorise(call, checks);
        return new NtrkFinding(call, ntrk, checks, category, Tier(category, tumour));
    }

    private static Outcome Of(DomainRetention retained) => retained switch
    {
        DomainRetention.Retained => Outcome.Met,
        DomainRetention.Lost => Outcome.NotMet,
        _ => Outcome.NotDetermined,
    };

    private static FindingCategory Categorise(FusionRecord call, List<CriterionCheck> checks)
    {
        Outcome O(Criterion c) => checks.First(x => x.Criterion == c).Outcome;
        if (call.SpanningOnly)
        {
            return FindingCategory.SpanningOnly;
        }

        if (O(Criterion.PartnerIdentified) == Outcome.NotMet)
        {
            return FindingCategory.PartnerUnknown;
        }

        if (O(Criterion.CallConfidence) == Outcome.NotMet)
        {
            return FindingCategory.LowConfidence;
        }

        Criterion[] structure = [Criterion.Orientation, Criterion.KinaseDomainRetained, Criterion.InFrame];
        if (structure.Any(c => O(c) == Outcome.NotMet))
        {
            return FindingCategory.NotOncogenicStructure;
        }

        return structure.All(c => O(c) == Outcome.Met) ? FindingCategory.Oncogenic : FindingCategory.StructureIncomplete;
    }

    /// <summary>Li et al. 2017 Table 2: level A = FDA-approved therapy for this tumour type; level C = approved for a different tumour type.</summary>
    public static TierAssignment Tier(FindingCategory category, TumourClass tumour) => category switch
    {
        FindingCategory.Oncogenic => tumour switch
        {
            TumourClass.Solid => new(AmpTier.TierI, AmpLevel.A, TierReason.ApprovedInSolidTumour, [Therapy.Larotrectinib, Therapy.Entrectinib]),
            TumourClass.Haematological => new(AmpTier.TierII, AmpLevel.C, TierReason.ApprovedInOtherTumourType, [Therapy.Larotrectinib, Therapy.Entrectinib]),
            _ => new(AmpTier.NotAssigned, AmpLevel.None, TierReason.TumourClassUnknown, []),
        },
        FindingCategory.NotOncogenicStructure => new(AmpTier.TierIII, AmpLevel.None, TierReason.UnknownSignificance, []),
        _ => new(AmpTier.NotAssigned, AmpLevel.None, TierReason.NeedsConfirmation, []),
    };
}
