using Trek.Assessment.Ctcae;
using Trek.Core;

namespace Trek.Reports.Assessment;

/// <summary>The JSON document of `trek ctcae --input ... --json` (schema in docs/assessment.md).</summary>
public sealed record CtcaeReport(string Tool, string Version, int Patients, IReadOnlyList<ToxicityRow> Table, IReadOnlyList<WorstGrade> Worst, IReadOnlyList<SkippedLab> Skipped)
{
    public static CtcaeReport From(ToxicitySummary s, IReadOnlyList<SkippedLab> skipped) => new($"trek {TrekVersion.Current}", "CTCAE v5.0", s.Patients, s.Table, s.Worst, skipped);
}
