using Trek.Trials.Statistics;
using Trek.Trials.Survival;

namespace Trek.Trials.Endpoints;

/// <summary>Computes the per-cohort endpoint tables (and a pooled "all" table when there are several cohorts).</summary>
public static class EndpointAnalysis
{
    public static EndpointReport Analyze(IReadOnlyList<SubjectRecord> subjects, EndpointOptions options)
    {
        var cohorts = subjects.GroupBy(s => s.Cohort).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Cohort(g.Key, g.ToArray(), options)).ToList();
        if (cohorts.Count > 1)
        {
            cohorts.Add(Cohort("all", subjects, options));
        }

        return new EndpointReport(ConfidenceTypes.Name(options.ConfType), options.ConfLevel, options.Unit, options.DcrLandmarkWeeks, "clopper-pearson", cohorts);
    }

    public static CohortEndpoints Cohort(string name, IReadOnlyList<SubjectRecord> subjects, EndpointOptions o)
    {
        var n = subjects.Count;
        CategoryRate Rate(string label, int count)
        {
            var e = ClopperPearson.Estimate(count, n, o.ConfLevel);
            return new CategoryRate(label, count, n, e.Estimate, e.CiLower, e.CiUpper);
        }

        var responses = Enum.GetValues<BestResponse>().Select(r => Rate(r.ToString(), subjects.Count(s => s.BestResponse == r))).ToArray();
        var orr = Rate("ORR", subjects.Count(s => s.BestResponse is BestResponse.CR or BestResponse.PR));
        var dcr = Rate($"DCR_{o.DcrLandmarkWeeks:0.##}w", subjects.Count(s => EndpointRules.DiseaseControl(s, o.DcrLandmarkWeeks * 7)));

        var ttr = subjects.Select(s => EndpointRules.TimeToResponse(s, o.DaysPerUnit)).OfType<double>().Order().ToArray();
        var ttrSummary = new TimeToResponseSummary(ttr.Length, ttr.Length == 0 ? null : Median(ttr), ttr.Length == 0 ? null : ttr[0], ttr.Length == 0 ? null : ttr[^1]);

        var dor = subjects.Select(s => EndpointRules.Dor(s, o.DaysPerUnit)).OfType<SurvivalObservation>().ToArray();
        return new CohortEndpoints(
            name,
            n,
            orr,
            responses,
            dcr,
            ttrSummary,
            TimeToEvent("DoR", dor, o),
            TimeToEvent("PFS", subjects.Select(s => EndpointRules.Pfs(s, o.DaysPerUnit)).ToArray(), o),
            TimeToEvent("OS", subjects.Select(s => EndpointRules.Os(s, o.DaysPerUnit)).ToArray(), o));
    }

    private static TimeToEventSummary TimeToEvent(string endpoint, IReadOnlyList<SurvivalObservation> data, EndpointOptions o)
    {
        if (data.Count == 0)
        {
            return new TimeToEventSummary(endpoint, 0, 0, null, null, null, o.Landmarks.Select(t => new LandmarkRate(t, null, null, null)).ToArray());
        }

        var fit = KaplanMeier.Fit(data, o.ConfType, o.ConfLevel);
        var median = fit.Median;
        var landmarks = o.Landmarks.Select(t => fit.At(t) is { } at
            ? new LandmarkRate(t, at.Survival, at.Lower, at.Upper)
            : new LandmarkRate(t, null, null, null)).ToArray();
        return new TimeToEventSummary(endpoint, fit.N, fit.Events, median.Time, median.Lower, median.Upper, landmarks);
    }

    /// <summary>R's median(): the middle value, or the mean of the two middle values.</summary>
    internal static double Median(double[] sorted) => sorted.Length % 2 == 1
        ? sorted[sorted.Length / 2]
        : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
