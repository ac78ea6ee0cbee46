using Microsoft.EntityFrameworkCore;
using Trek.Assessment.Tumour;
using Trek.Trials.Endpoints;
using TrialResponse = Trek.Trials.Endpoints.BestResponse;
using Trek.Trials.Survival;
using Trek.Web.Data;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>
/// Builds the cohort tables over chosen patients. Table 1/3 is <see cref="EndpointAnalysis"/> (what `trek
/// endpoints` prints) on subjects whose response is derived by <see cref="SubjectAssessor"/> (what `trek
/// response` prints), so the page and the CLI agree on the same subjects (tested).
/// </summary>
public sealed class CohortService(RegistryDbContext db)
{
    /// <summary>`trek endpoints` defaults: log CI, months, DCR at 24 weeks, landmarks 12/24/36 months.</summary>
    public static readonly EndpointOptions DefaultOptions = new(ConfidenceType.Log, "months", EndpointRules.DaysPerMonth, 24, [12, 24, 36]);

    public async Task<CohortReport?> ComputeAsync(IReadOnlyCollection<long>? patientIds, CancellationToken ct = default)
    {
        var query = db.Patients.AsNoTracking();
        if (patientIds is { Count: > 0 })
        {
            query = query.Where(p => patientIds.Contains(p.Id));
        }

        var patients = await query.OrderBy(p => p.Code).ToListAsync(ct);
        var ids = patients.Select(p => p.Id).ToList();
        var lesions = (await db.Lesions.AsNoTracking().Where(l => ids.Contains(l.PatientId)).ToListAsync(ct)).ToLookup(l => l.PatientId);
        var events = (await db.AdverseEvents.AsNoTracking().Where(e => ids.Contains(e.PatientId)).ToListAsync(ct)).ToLookup(e => e.PatientId);
        var fusions = (await db.Samples.AsNoTracking().Where(s => ids.Contains(s.PatientId)).SelectMany(s => s.Fusions, (s, f) => new { s.PatientId, f.Gene1, f.Gene2 }).ToListAsync(ct))
            .ToLookup(f => f.PatientId);

        var subjects = new List<SubjectRecord>();
        var included = new List<Patient>();
        var excluded = new List<ExcludedPatient>();
        foreach (var p in patients)
        {
            var (subject, reason) = Subject(p, lesions[p.Id].ToList());
            if (subject is null)
            {
                excluded.Add(new ExcludedPatient(p.Code, reason!));
                continue;
            }

            subjects.Add(subject);
            included.Add(p);
        }

        if (subjects.Count == 0)
        {
            return null;
        }

        var report = EndpointAnalysis.Analyze(subjects, DefaultOptions);
        var demographics = Demographics(included, p => fusions[p.Id].Select(f => f.Gene2.StartsWith("NTRK", StringComparison.Ordinal) ? f.Gene2 : f.Gene1).Where(g => g.StartsWith("NTRK", StringComparison.Ordinal)));
        return new CohortReport(report, subjects, demographics, AdverseEvents(included, events), excluded) { Curves = Curves(subjects) };
    }

    /// <summary>OS and PFS per cohort: each subject's time and event by <see cref="EndpointRules"/> (what `trek endpoints --times` writes), fitted by <see cref="KaplanMeier"/>.</summary>
    private static IReadOnlyList<SurvivalCurves> Curves(IReadOnlyList<SubjectRecord> subjects)
    {
        var days = DefaultOptions.DaysPerUnit;
        var cohorts = subjects.GroupBy(s => s.Cohort, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        SurvivalCurves Fit(string endpoint, Func<SubjectRecord, SurvivalObservation> observe) =>
            new(endpoint, cohorts.Select(g => (g.Key, KaplanMeier.Fit(g.Select(observe).ToList(), DefaultOptions.ConfType))).ToList());
        return [Fit("Overall survival", s => EndpointRules.Os(s, days)), Fit("Progression-free survival", s => EndpointRules.Pfs(s, days))];
    }

    /// <summary>The `trek endpoints` subject row of one patient, or why it cannot be made.</summary>
    public static (SubjectRecord?, string?) Subject(Patient p, IReadOnlyList<LesionMeasurement> lesions)
    {
        if (p.FirstDoseDate is not { } first)
        {
            return (null, "no first dose recorded (not treated)");
        }

        if (p.DeathDate is null && p.LastKnownAliveDate is null)
        {
            return (null, "neither a death date nor a last-known-alive date");
        }

        var (response, problem) = PatientOverviewService.Response(p, lesions);
        if (problem is not null && lesions.Count > 0)
        {
            return (null, $"response cannot be derived: {problem}");
        }

        // The mapping of `trek endpoints --response` (SubjectCsvReader): NON-CR/NON-PD counts as SD; no assessment is NE.
        var best = response?.BestOverallResponse switch
        {
            ResponseCategory.CompleteResponse => TrialResponse.CR,
            ResponseCategory.PartialResponse => TrialResponse.PR,
            ResponseCategory.StableDisease or ResponseCategory.NonCrNonPd => TrialResponse.SD,
            ResponseCategory.ProgressiveDisease => TrialResponse.PD,
            _ => TrialResponse.NE,
        };
        var lastAssessment = lesions.Count == 0 ? (DateOnly?)null : lesions.Max(l => l.Date);
        var record = new SubjectRecord(p.Code, p.Cohort, response?.FirstDoseDate ?? first, best, response?.FirstResponseDate, response?.ProgressionDate,
            p.DeathDate, p.LastKnownAliveDate, lastAssessment, p.TreatmentEndDate, p.Id);
        return (record, null);
    }

    private static CohortDemographics Demographics(IReadOnlyList<Patient> patients, Func<Patient, IEnumerable<string>> genes)
    {
        var n = patients.Count;
        var ages = patients.Select(p => (p.FirstDoseDate!.Value.DayNumber - p.BirthDate.DayNumber) / 365.25).Order().ToArray();
        static IReadOnlyList<CountRow> Count(IEnumerable<string> values, int n) =>
            values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new CountRow(g.Key, g.Count(), n)).OrderByDescending(r => r.Count).ThenBy(r => r.Category, StringComparer.Ordinal).ToList();
        var lines = patients.Select(p => RegistryWriter.Words(p.PriorTherapies).Count switch { 0 => "0", 1 => "1", 2 => "2", _ => ">=3" });
        return new CohortDemographics(
            n,
            ages.Length == 0 ? null : Median(ages),
            ages.Length == 0 ? null : ages[0],
            ages.Length == 0 ? null : ages[^1],
            Count(patients.Select(p => p.Diagnosis), n),
            Count(patients.Select(p => genes(p).FirstOrDefault() ?? "no NTRK fusion call imported"), n),
            Count(lines, n),
            Count(patients.Select(p => p.Sex.ToString().ToLowerInvariant()), n));
    }

    /// <summary>Table 4: per CTCAE term, patients with a treatment-related event (attribution possible or stronger).</summary>
    private static IReadOnlyList<AdverseEventRow> AdverseEvents(IReadOnlyList<Patient> patients, ILookup<long, AdverseEvent> events)
    {
        var related = patients.SelectMany(p => events[p.Id]).Where(e => e.Attribution >= Attribution.Possible).ToList();
        return related.GroupBy(e => e.Term, StringComparer.Ordinal)
            .Select(g => new AdverseEventRow(g.Key, g.Select(e => e.PatientId).Distinct().Count(), g.Where(e => e.Grade is 3 or 4).Select(e => e.PatientId).Distinct().Count(), patients.Count))
            .OrderByDescending(r => r.AnyGrade).ThenBy(r => r.Term, StringComparer.Ordinal).ToList();
    }

    /// <summary>R's median(): the middle value, or the mean of the two middle values.</summary>
    private static double Median(double[] sorted) => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}
