using Trek.Clinical.Rules;
using static Trek.Clinical.TestRoute.AssayResult;

namespace Trek.Clinical.TestRoute;

/// <summary>
/// Next NTRK test and the conclusion so far, following the ESMO 2019 recommendations (Marchio et al.) and the
/// paediatric consensus (Albert et al. JCO 2019). Rules are checked in order: discordance first (never averaged
/// away), then confirmed positives, then negatives, then what to order when nothing is known.
/// </summary>
public static class TestRouteAdvisor
{
    /// <summary>Resolves <paramref name="tumour"/> in <see cref="TumourVocabulary"/> (an unknown name throws <see cref="Trek.Core.InputException"/>), then advises.</summary>
    public static TestRouteAdvice Advise(string tumour, AgeGroup age, TestResults r) => Advise(TumourVocabulary.Resolve(tumour), age, r);

    public static TestRouteAdvice Advise(TumourType type, AgeGroup age, TestResults r)
    {
        var group = type.Group;
        var tumour = type.Name;
        var rules = new List<AppliedRule>();
        var conflicts = new List<string>();
        foreach (var (name, result) in new[] { ("pan-TRK IHC", r.Ihc), ("FISH", r.Fish), ("RT-PCR", r.RtPcr), ("DNA NGS", r.DnaNgs), ("RNA NGS", r.RnaNgs) })
        {
            if (result == Failed)
            {
                rules.Add(new AppliedRule($"{name} failed: counted as not done; repeat on new material if it is still needed", Sources.Esmo2019));
            }
        }

        if (group == TumourGroup.HighRecurrence)
        {
            rules.Add(new AppliedRule($"{tumour} ({type.Code}) is a tumour in which NTRK fusions are highly recurrent", age == AgeGroup.Paediatric ? $"{Sources.Esmo2019}; {Sources.PaediatricConsensus}" : Sources.Esmo2019));
        }
        else if (group == TumourGroup.PhysiologicalTrk)
        {
            rules.Add(new AppliedRule($"{tumour} ({type.Code}) arises in tissue with physiological TRK expression (neural or smooth muscle): pan-TRK IHC is unreliable", Sources.Esmo2019));
        }
        else
        {
            rules.Add(new AppliedRule($"{tumour} ({type.Code}) is a tumour in which NTRK fusions are uncommon", Sources.Esmo2019));
        }

        var (conclusion, next, text) = Decide(group, age, r, rules, conflicts);
        return new TestRouteAdvice(type.Name, type.Code, TumourVocabulary.OncoTreeVersion, group, type.GroupSource, age, r, conclusion, next, text, conflicts, rules);
    }

    private static (string, string, string) Decide(TumourGroup group, AgeGroup age, TestResults r, List<AppliedRule> rules, List<string> conflicts)
    {
        var ihcPositive = r.Ihc is Positive or Weak;
        var dnaOrFishPositive = r.DnaNgs == Positive || r.Fish == Positive;

        // Discordance: an RNA-level negative against any positive is reported, not resolved silently.
        if (r.RnaNgs == Negative && (ihcPositive || dnaOrFishPositive || r.RtPcr == Positive))
        {
            if (ihcPositive)
            {
                conflicts.Add("pan-TRK IHC positive but RNA NGS negative");
                rules.Add(new AppliedRule("IHC positive / RNA NGS negative: possible IHC false positive (physiological or non-fusion TRK expression) or RNA NGS false negative (RNA quality, partner not covered)", Sources.Esmo2019));
            }

            if (dnaOrFishPositive)
            {
                conflicts.Add($"{(r.DnaNgs == Positive ? "DNA NGS" : "FISH")} positive but RNA NGS negative");
                rules.Add(new AppliedRule("A DNA-level rearrangement (DNA NGS or break-apart FISH) need not yield an expressed in-frame transcript; pan-TRK IHC can show whether TRK protein is expressed", Sources.Esmo2019));
            }

            if (r.RtPcr == Positive)
            {
                conflicts.Add("RT-PCR positive but RNA NGS negative");
            }

            var next = r.Ihc is NotDone or Failed && dnaOrFishPositive ? "pan_trk_ihc" : "orthogonal_confirmation";
            return ("discordant", next, "Results disagree: no conclusion until an orthogonal assay (a different RNA panel, RT-PCR, or FISH for the relevant NTRK gene) and a review of RNA quality and histology resolve it.");
        }

        if (r.RnaNgs == Positive || r.RtPcr == Positive)
        {
            rules.Add(new AppliedRule($"{(r.RnaNgs == Positive ? "RNA NGS" : "RT-PCR")} detects the expressed fusion transcript: confirmatory", Sources.Esmo2019));
            NoteMissedPositives(r, rules, conflicts);
            return ("fusion_confirmed", "none", "NTRK fusion confirmed at the RNA level.");
        }

        if (r.Fish == Positive && group == TumourGroup.HighRecurrence)
        {
            rules.Add(new AppliedRule("In tumours with highly recurrent NTRK fusions, FISH is an accepted confirmatory assay", Sources.Esmo2019));
            NoteMissedPositives(r, rules, conflicts);
            return ("fusion_confirmed", "none", "NTRK rearrangement confirmed by FISH in a tumour where NTRK fusions are highly recurrent.");
        }

        if (dnaOrFishPositive)
        {
            rules.Add(new AppliedRule("Outside highly recurrent tumours, a DNA-level NTRK rearrangement should be confirmed as an expressed in-frame fusion by RNA-based sequencing", Sources.Esmo2019));
            NoteMissedPositives(r, rules, conflicts);
            return ("fusion_likely", "rna_ngs", "NTRK rearrangement found at the DNA level; confirm the expressed in-frame fusion by RNA NGS.");
        }

        if (r.RnaNgs == Negative)
        {
            rules.Add(new AppliedRule("An adequate RNA-based NGS result is the reference negative", Sources.Esmo2019));
            return ("no_fusion_detected", "none", "No NTRK fusion detected by RNA NGS.");
        }

        if (r.DnaNgs == Negative)
        {
            rules.Add(new AppliedRule("DNA-based NGS can miss NTRK fusions whose breakpoints lie in large introns (notably NTRK2 and NTRK3); a negative DNA result does not exclude a fusion without RNA testing", Sources.Esmo2019));
            return ("not_excluded", "rna_ngs", "DNA NGS negative with RNA not tested: a fusion is not excluded; order RNA NGS.");
        }

        if (r.Fish == Negative || r.RtPcr == Negative)
        {
            rules.Add(new AppliedRule("FISH probes and RT-PCR primers cover known genes, partners or breakpoints only; RNA-based NGS detects other partners", Sources.Esmo2019));
            return ("not_excluded", "rna_ngs", "Targeted FISH/RT-PCR negative: other NTRK fusions are not excluded; order RNA NGS.");
        }

        if (ihcPositive)
        {
            var why = group == TumourGroup.PhysiologicalTrk ? " (in this tissue a positive stain may be physiological)" : r.Ihc == Weak ? " (weak staining is equivocal)" : "";
            rules.Add(new AppliedRule("Pan-TRK IHC is a screening test: positive cases are confirmed by sequencing, preferably RNA-based", Sources.Esmo2019));
            return ("fusion_likely", "rna_ngs", $"Pan-TRK IHC {(r.Ihc == Weak ? "weakly " : "")}positive{why}: confirm by RNA NGS.");
        }

        if (r.Ihc == Negative)
        {
            rules.Add(new AppliedRule("Pan-TRK IHC is less sensitive for NTRK3 fusions (weak or absent staining)", Sources.Esmo2019));
            if (group == TumourGroup.HighRecurrence)
            {
                return ("not_excluded", "confirmatory_fish_rt_pcr_or_rna_ngs", "IHC negative in a tumour where NTRK fusions are highly recurrent: go to a confirmatory assay.");
            }

            if (group == TumourGroup.PhysiologicalTrk)
            {
                return ("not_excluded", "rna_ngs", "IHC is unreliable in this tissue: order RNA NGS.");
            }

            return ("fusion_unlikely", "none", "Pan-TRK IHC negative: an NTRK fusion is unlikely; RNA NGS only if clinical suspicion remains (IHC misses some NTRK3 fusions).");
        }

        return FirstTest(group, age, rules);
    }

    private static (string, string, string) FirstTest(TumourGroup group, AgeGroup age, List<AppliedRule> rules)
    {
        switch (group)
        {
            case TumourGroup.HighRecurrence:
                rules.Add(new AppliedRule("Where NTRK fusions are highly recurrent, go straight to a confirmatory assay: FISH, RT-PCR or RNA-based NGS", age == AgeGroup.Paediatric ? $"{Sources.Esmo2019}; {Sources.PaediatricConsensus}" : Sources.Esmo2019));
                return ("no_results", "confirmatory_fish_rt_pcr_or_rna_ngs", "Order a confirmatory assay (FISH, RT-PCR or RNA NGS) directly.");
            case TumourGroup.PhysiologicalTrk:
                rules.Add(new AppliedRule("Skip IHC screening where TRK is physiologically expressed; sequence (RNA-based preferred)", Sources.Esmo2019));
                return ("no_results", "rna_ngs", "Order RNA NGS (IHC is unreliable in this tissue).");
            default:
                if (age == AgeGroup.Paediatric)
                {
                    rules.Add(new AppliedRule("In paediatric tumours with a low prevalence of TRK fusions, use NGS, which also finds other targetable drivers", Sources.PaediatricConsensus));
                    return ("no_results", "rna_ngs", "Order RNA-based NGS.");
                }

                rules.Add(new AppliedRule("Where NTRK fusions are uncommon: front-line sequencing (preferably RNA) or pan-TRK IHC screening followed by sequencing of positive cases", Sources.Esmo2019));
                return ("no_results", "pan_trk_ihc_or_rna_ngs", "Screen by pan-TRK IHC (sequence positives by RNA NGS), or sequence front-line with RNA NGS.");
        }
    }

    private static void NoteMissedPositives(TestResults r, List<AppliedRule> rules, List<string> conflicts)
    {
        if (r.Ihc == Negative)
        {
            conflicts.Add("pan-TRK IHC negative but a molecular assay positive");
            rules.Add(new AppliedRule("IHC false negatives occur, notably with NTRK3 fusions; the molecular result stands", Sources.Esmo2019));
        }

        if (r.DnaNgs == Negative || r.Fish == Negative)
        {
            conflicts.Add($"{(r.DnaNgs == Negative ? "DNA NGS" : "FISH")} negative but the fusion was detected by another assay");
            rules.Add(new AppliedRule("DNA NGS misses breakpoints in large introns and break-apart FISH misses small intrachromosomal rearrangements (e.g. LMNA-NTRK1, TPM3-NTRK1); the positive result stands", Sources.Esmo2019));
        }
    }
}
