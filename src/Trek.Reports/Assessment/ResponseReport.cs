using Trek.Assessment.Tumour;
using Trek.Core;

namespace Trek.Reports.Assessment;

/// <summary>The JSON document of `trek response --json` (schema in docs/assessment.md).</summary>
public sealed record ResponseReport(
    string Tool,
    ResponseCriteria Criteria,
    int ConfirmationDays,
    int SdMinimumDays,
    IReadOnlyList<SubjectResponse> Subjects)
{
    public static ResponseReport From(ResponseOptions options, IReadOnlyList<SubjectResponse> subjects) =>
        new($"trek {TrekVersion.Current}", options.Criteria, options.ConfirmationDays, options.SdMinimumDays, subjects);
}
