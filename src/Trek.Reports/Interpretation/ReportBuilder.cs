using Trek.Clinical.TestRoute;
using Trek.Fusion.Index;
using Trek.Reports.Fusions;
using Trek.Reports.Samples;
using Trek.Reports.Stats;

namespace Trek.Reports.Interpretation;

/// <summary>Builds the typed report from fusions.tsv, the sample and the run's stats; the one entry point for CLI and web.</summary>
public static class ReportBuilder
{
    /// <summary>Below this many read pairs the report flags reduced sensitivity: Trek's working floor for targeted fusion detection, not a validated cut-off.</summary>
    public const long MinPairs = 1_000_000;

    /// <summary>Tumour content below which the report flags reduced sensitivity: Trek's working floor, not a validated cut-off (ESMO 2019 asks laboratories to state the minimum they accept).</summary>
    public const double MinTumourContentPercent = 20;

    public static ClinicalReport Build(FusionTable table, SampleInfo sample, FusionRunStats? stats, IndexManifest? index, DateOnly reportDate)
    {
        var tumour = TumourClassifier.Classify(sample);
        var findings = new List<NtrkFinding>();
        var others = new List<FusionRecord>();
        foreach (var call in table.Calls)
        {
            if (FusionInterpreter.Interpret(call, tumour) is { } f)
            {
                findings.Add(f);
            }
            else
            {
                others.Add(call);
            }
        }

        var outcome = findings.Count == 0 ? ReportOutcome.Negative
            : findings.Any(f => f.Category == FindingCategory.Oncogenic) ? ReportOutcome.Positive
            : findings.All(f => f.Category == FindingCategory.NotOncogenicStructure) ? ReportOutcome.NotActionable
            : ReportOutcome.Indeterminate;
        var (advice, gap) = NextTest(sample, outcome);
        return new ClinicalReport
        {
            Sample = sample,
            TumourClass = tumour,
            Fusions = table,
            Stats = stats,
            Index = index,
            Findings = findings,
            OtherFusions = others,
            Outcome = outcome,
            NextTest = advice,
            NextTestGap = gap,
            Limitations = Limitations(findings, sample, stats),
            TrekVersion = Core.TrekVersion.Current,
            ReportDate = reportDate,
        };
    }

    /// <summary>
    /// `trek test-route` with this RNA NGS result added to the earlier ones: positive when an oncogenic fusion was
    /// found, negative when no NTRK call was made, not done otherwise (an unconfirmed call settles nothing).
    /// </summary>
    private static (TestRouteAdvice?, NextTestGap) NextTest(SampleInfo sample, ReportOutcome outcome)
    {
        if (sample.TumourType is not { } tumour)
        {
            return (null, NextTestGap.TumourTypeMissing);
        }

        if (sample.AgeGroup is not { } age)
        {
            return (null, NextTestGap.AgeGroupMissing);
        }

        var rna = outcome switch
        {
            ReportOutcome.Positive => AssayResult.Positive,
            ReportOutcome.Negative or ReportOutcome.NotActionable => AssayResult.Negative,
            _ => AssayResult.NotDone,
        };
        return (TestRouteAdvisor.Advise(tumour, age, sample.PriorTests with { RnaNgs = rna }), NextTestGap.None);
    }

    private static List<Limitation> Limitations(List<NtrkFinding> findings, SampleInfo sample, FusionRunStats? stats)
    {
        var list = new List<Limitation> { Limitation.GenesInIndexOnly, Limitation.ExpressionAndRnaQuality };
        if (sample.TumourContentPercent is not { } pct || pct < MinTumourContentPercent)
        {
            list.Add(Limitation.TumourContent);
        }

        if (stats is not null && stats.PairsRead < MinPairs)
        {
            list.Add(Limitation.LowDepth);
        }

        if (findings.Any(f => f.Category == FindingCategory.PartnerUnknown))
        {
            list.Add(Limitation.PartnerNotIdentified);
        }

        list.Add(Limitation.NotClinicallyValidated);
        return list;
    }
}
