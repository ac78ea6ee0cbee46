using System.Text.Json.Serialization;
using Trek.Trials.Endpoints;
using Trek.Trials.Survival;

namespace Trek.Web.Domain;

/// <summary>
/// The cohort page: the seed's Table 1/3 (the `trek endpoints` report over the chosen patients), Table 2
/// (demographics), Table 4 (treatment-related adverse events), the subjects used and the patients left out
/// with the reason (never dropped silently).
/// </summary>
public sealed record CohortReport(
    EndpointReport Endpoints,
    IReadOnlyList<SubjectRecord> Subjects,
    CohortDemographics Demographics,
    IReadOnlyList<AdverseEventRow> AdverseEvents,
    IReadOnlyList<ExcludedPatient> Excluded)
{
    /// <summary>
    /// OS and PFS Kaplan-Meier fits per cohort (the fits `trek endpoints` summarises, from <see cref="EndpointRules"/>), for
    /// the page's plots; not in the JSON (the medians and landmarks are, in <see cref="Endpoints"/>).
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<SurvivalCurves> Curves { get; init; } = [];
}

/// <summary>One endpoint's Kaplan-Meier fit for each cohort, in months.</summary>
public sealed record SurvivalCurves(string Endpoint, IReadOnlyList<(string Group, KaplanMeierFit Fit)> Fits);

/// <summary>A patient not in the analysis and why.</summary>
public sealed record ExcludedPatient(string Code, string Reason);

/// <summary>Table 2: age at first dose (years), tumour types, NTRK gene and prior systemic therapy lines.</summary>
public sealed record CohortDemographics(
    int N,
    double? MedianAgeYears,
    double? MinAgeYears,
    double? MaxAgeYears,
    IReadOnlyList<CountRow> TumourTypes,
    IReadOnlyList<CountRow> NtrkGenes,
    IReadOnlyList<CountRow> PriorTherapyLines,
    IReadOnlyList<CountRow> Sex);

/// <summary>A category with its count among N patients.</summary>
public sealed record CountRow(string Category, int Count, int N);

/// <summary>Table 4 row: patients with a treatment-related event of this CTCAE term, any grade and grade 3-4.</summary>
public sealed record AdverseEventRow(string Term, int AnyGrade, int Grade3To4, int N);
