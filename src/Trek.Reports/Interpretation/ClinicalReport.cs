using Trek.Clinical.TestRoute;
using Trek.Fusion.Index;
using Trek.Reports.Fusions;
using Trek.Reports.Samples;
using Trek.Reports.Stats;

namespace Trek.Reports.Interpretation;

/// <summary>
/// Everything the report shows, typed; the HTML, PDF and FHIR writers print it and decide nothing.
/// <see cref="NextTest"/> comes from `trek test-route` (<see cref="TestRouteAdvisor"/>).
/// </summary>
public sealed record ClinicalReport
{
    public required SampleInfo Sample { get; init; }

    public required TumourClass TumourClass { get; init; }

    public required FusionTable Fusions { get; init; }

    public FusionRunStats? Stats { get; init; }

    public IndexManifest? Index { get; init; }

    public required IReadOnlyList<NtrkFinding> Findings { get; init; }

    /// <summary>Passing calls that involve no NTRK gene: listed, not interpreted by the TRK rules.</summary>
    public required IReadOnlyList<FusionRecord> OtherFusions { get; init; }

    public required ReportOutcome Outcome { get; init; }

    public TestRouteAdvice? NextTest { get; init; }

    public required NextTestGap NextTestGap { get; init; }

    public required IReadOnlyList<Limitation> Limitations { get; init; }

    /// <summary>Findings of `trek resistance` (one variant or a VCF) given with the report, shown in their own section; null when none were given.</summary>
    public Resistance.ResistanceSection? Resistance { get; init; }

    public required string TrekVersion { get; init; }

    /// <summary>Date the report was produced (passed in so that a report can be reproduced byte for byte).</summary>
    public required DateOnly ReportDate { get; init; }

    public bool PartnerConfirmationRecommended => Findings.Any(f => f.Category is not FindingCategory.Oncogenic and not FindingCategory.NotOncogenicStructure);
}
