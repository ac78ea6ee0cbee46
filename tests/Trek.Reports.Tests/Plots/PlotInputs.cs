using System.Globalization;
using Trek.Assessment.Tumour;
using Trek.Trials.Endpoints;
using BestResponse = Trek.Trials.Endpoints.BestResponse;
using Trek.Trials.Survival;
using LesionRows = Trek.Assessment.Tests.Tumour.Lesions;

namespace Trek.Reports.Tests.Plots;

/// <summary>
/// Trial-sized inputs for the rendering tests, drawn from a seeded <see cref="Random"/> so every run draws the same
/// figures: Kaplan-Meier groups with 30-character names, swimmer subjects, and RECIST lesion series run through the
/// real lesion reader and assessor.
/// </summary>
internal static class PlotInputs
{
    private static readonly string[] Names =
    [
        "NTRK1 fusion, adult solid tumour",
        "NTRK3 fusion, infantile fibrosa",
        "ETV6-NTRK3, secretory carcinoma",
        "Other NTRK partner, paediatrics",
        "NTRK2 fusion, CNS primary tumor",
    ];

    /// <summary>Exactly 30 characters each (issue 16's realistic label length).</summary>
    public static string GroupName(int g) => Names[g][..30];

    /// <summary>Groups of 40 subjects: exponential survival (median 6 to 30 months), censored by dropout and at 48 months.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<SurvivalObservation> Observations)> Survival(int groups)
    {
        var rnd = new Random(16);
        var list = new List<(string, IReadOnlyList<SurvivalObservation>)>();
        for (var g = 0; g < groups; g++)
        {
            var median = 6 + (6 * g);
            var obs = new List<SurvivalObservation>();
            for (var i = 0; i < 40; i++)
            {
                var t = -Math.Log(1 - rnd.NextDouble()) * median / Math.Log(2);
                var dropout = -Math.Log(1 - rnd.NextDouble()) * 60;
                var end = Math.Min(Math.Min(t, dropout), 48);
                obs.Add(new SurvivalObservation(Math.Round(end, 1), t <= Math.Min(dropout, 48)));
            }

            list.Add((GroupName(g), obs));
        }

        return list;
    }

    public static string Code(int i) => string.Create(CultureInfo.InvariantCulture, $"US-{101 + (i % 9)}-{i + 1:0000}");

    /// <summary>Swimmer subjects in three cohorts: 35 % responders (one in four CR), half progress, a fifth die, the rest on treatment.</summary>
    public static IReadOnlyList<SubjectRecord> Swimmers(int n)
    {
        var rnd = new Random(93);
        var cohorts = new[] { "NTRK1 adult solid tumours", "Paediatric NTRK fusion", "CNS primary tumours" };
        var start = new DateOnly(2023, 1, 2);
        var list = new List<SubjectRecord>();
        for (var i = 0; i < n; i++)
        {
            var first = start.AddDays(7 * i);
            var days = 40 + rnd.Next(800);
            var responder = rnd.NextDouble() < 0.35;
            var best = responder ? (rnd.NextDouble() < 0.25 ? BestResponse.CR : BestResponse.PR) : (rnd.NextDouble() < 0.6 ? BestResponse.SD : BestResponse.PD);
            DateOnly? response = responder ? first.AddDays(56) : null;
            var progresses = best == BestResponse.PD || rnd.NextDouble() < 0.4;
            DateOnly? progression = progresses ? first.AddDays(Math.Max(days, 60)) : null;
            DateOnly? death = progresses && rnd.NextDouble() < 0.4 ? first.AddDays(Math.Max(days, 60) + 90) : null;
            DateOnly? end = progresses ? progression : null;
            var alive = death is null ? first.AddDays(Math.Max(days, 60) + 120) : (DateOnly?)null;
            list.Add(new SubjectRecord(Code(i), cohorts[i % 3], first, best, response, progression, death, alive, progression ?? first.AddDays(days), end, i + 2));
        }

        return list;
    }

    /// <summary>
    /// One 50-80 mm target lesion per subject, scanned every 8 weeks for 1 to 8 visits along a random slope (some
    /// shrink to 0, some grow past +20 %); with <paramref name="withNotEvaluable"/> every tenth subject has a baseline
    /// scan only (best response NE, no bar).
    /// </summary>
    public static IReadOnlyList<SubjectResponse> Lesions(int n, bool withNotEvaluable)
    {
        var rnd = new Random(7 * n);
        var rows = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var code = Code(i);
            var baseline = 50 + rnd.Next(31);
            rows.Add(LesionRows.T(0, "L1", baseline, subject: code));
            if (withNotEvaluable && i % 10 == 9)
            {
                continue;
            }

            var slope = -0.25 + (rnd.NextDouble() * 0.4);
            var visits = 1 + rnd.Next(8);
            for (var v = 1; v <= visits; v++)
            {
                var mm = Math.Max(0, Math.Round(baseline * (1 + (slope * v))));
                rows.Add(LesionRows.T(56 * v, "L1", mm < 5 ? 0 : (decimal)mm, subject: code));
                if (mm > baseline * 1.2)
                {
                    break;
                }
            }
        }

        return LesionRows.Assess(ResponseCriteria.Recist11, [.. rows]);
    }
}
