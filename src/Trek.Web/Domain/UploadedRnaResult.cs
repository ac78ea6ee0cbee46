using Trek.Clinical.TestRoute;
using Trek.Reports.Interpretation;

namespace Trek.Web.Domain;

/// <summary>
/// What a sample's latest uploaded fusions.tsv amounts to as an RNA NGS test: the clinical report's outcome
/// (<see cref="ReportBuilder"/>) and the RNA NGS result `trek report` feeds to the testing route from it (positive
/// for an oncogenic NTRK fusion, negative when no NTRK call or none that can make a TRK kinase fusion, not done
/// when only unconfirmed calls were made). <see cref="UploadedOn"/> dates the result for "latest result" ordering.
/// </summary>
public sealed record UploadedRnaResult(
    long SampleId,
    string SampleCode,
    string FileName,
    DateOnly UploadedOn,
    ReportOutcome Outcome,
    AssayResult RnaNgs,
    IReadOnlyList<NtrkFinding> Findings);
