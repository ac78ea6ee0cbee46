using Microsoft.EntityFrameworkCore;
using Trek.Assessment.Ctcae;
using Trek.Assessment.Tumour;
using Trek.Fusion.Output;
using Trek.Reports.Interpretation;
using Trek.Clinical.Eligibility;
using LabValue = Trek.Clinical.Eligibility.LabValue;
using Trek.Clinical.TestRoute;
using Trek.Core;
using Trek.Web.Data;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>
/// Loads one patient and asks the library what follows: the testing route (ESMO 2019), the SCOUT eligibility
/// verdict, the larotrectinib dose (label section 2), the visit schedule, the RECIST 1.1 / RANO response and
/// the CTCAE grades. This class only maps rows to the library's inputs; every rule is in the library.
/// </summary>
public sealed class PatientOverviewService(RegistryDbContext db, SampleReportService reports)
{
    public async Task<PatientOverview?> GetAsync(long id, DateOnly? on = null, CancellationToken ct = default)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return null;
        }

        var today = on ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var samples = await db.Samples.AsNoTracking().Where(s => s.PatientId == id).Include(s => s.Tests).Include(s => s.Fusions).OrderBy(s => s.Id).ToListAsync(ct);
        var measurements = await db.BodyMeasurements.AsNoTracking().Where(m => m.PatientId == id).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(ct);
        var doseChanges = await db.DoseChanges.AsNoTracking().Where(m => m.PatientId == id).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(ct);
        var lesions = await db.Lesions.AsNoTracking().Where(m => m.PatientId == id).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(ct);
        var labs = await db.Labs.AsNoTracking().Where(m => m.PatientId == id).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(ct);
        var events = await db.AdverseEvents.AsNoTracking().Where(m => m.PatientId == id).OrderBy(m => m.Onset).ThenBy(m => m.Id).ToListAsync(ct);
        var sampleIds = samples.Select(s => s.Id).ToList();
        var jobs = await db.FastqJobs.AsNoTracking().Where(j => sampleIds.Contains(j.SampleId)).OrderBy(j => j.Id).ToListAsync(ct);

        var months = today >= patient.BirthDate ? PatientAge.CompletedMonths(patient.BirthDate, today) : 0;
        var tests = samples.SelectMany(s => s.Tests).OrderBy(t => t.PerformedOn).ThenBy(t => t.Id).ToList();
        var rna = await reports.RnaResultsAsync(patient, samples, today, ct);
        var route = TestRouteAdvisor.Advise(patient.Diagnosis, months / 12 < 18 ? AgeGroup.Paediatric : AgeGroup.Adult, Results(tests, rna));
        var eligibility = ScoutEligibility.Evaluate(EligibilityRecord(patient, today, tests, rna, labs));
        var (dose, measured, level, doseProblem) = DoseHistory.Current(patient, measurements, doseChanges, today);
        var (response, responseProblem) = Response(patient, lesions);
        var schedule = patient.FirstDoseDate is { } first
            ? VisitSchedule.For(first, lesions.Select(l => l.Date).Distinct(), today, patient.DeathDate ?? patient.TreatmentEndDate)
            : [];
        var graded = labs.Select(l => new GradedLab(l, CtcaeGrader.Grade(l.Test, l.Value, l.Unit, l.Uln, l.Lln))).ToList();
        return new PatientOverview(patient, today, months, samples, rna, route, eligibility, measured, doseChanges, dose, level, doseProblem,
            DoseHistory.Of(patient, measurements, doseChanges), schedule, lesions, response, responseProblem, graded, events, jobs);
    }

    /// <summary>
    /// The latest result of each assay, in the vocabulary of `trek test-route`. An uploaded fusions.tsv is an RNA NGS
    /// result (dated by its upload) when its report settles one (positive or negative); recorded RNA NGS results and
    /// uploads compete by date, a recorded result winning a tie (it was entered as the laboratory's result).
    /// </summary>
    public static TestResults Results(IReadOnlyList<TestResult> tests, IReadOnlyList<UploadedRnaResult> uploads)
    {
        AssayResult Last(TestMethod m) => tests.Where(t => t.Method == m).OrderBy(t => t.PerformedOn).ThenBy(t => t.Id).LastOrDefault()?.Result ?? AssayResult.NotDone;
        var rna = uploads.Where(u => u.RnaNgs != AssayResult.NotDone).Select(u => (Date: u.UploadedOn, Recorded: false, Result: u.RnaNgs))
            .Concat(tests.Where(t => t.Method == TestMethod.RnaNgs).Select(t => (Date: t.PerformedOn, Recorded: true, Result: t.Result)))
            .OrderBy(r => r.Date).ThenBy(r => r.Recorded).Select(r => r.Result).LastOrDefault(AssayResult.NotDone);
        return new TestResults(Last(TestMethod.Ihc), Last(TestMethod.Fish), Last(TestMethod.RtPcr), Last(TestMethod.DnaNgs), rna);
    }

    /// <summary>
    /// The eligibility record of `trek eligibility`. An NTRK fusion is documented by an uploaded call the clinical report
    /// finds oncogenic (NTRK 3', in frame, kinase domain retained, not low confidence: ClinGen, Saliba et al. 2022), or by a
    /// positive FISH, RT-PCR or NGS result (ESMO 2019: IHC alone is screening, not documentation); it is "not documented"
    /// only when an RNA NGS result, recorded or from an upload, is negative.
    /// </summary>
    public static PatientRecord EligibilityRecord(Patient p, DateOnly on, IReadOnlyList<TestResult> tests, IReadOnlyList<UploadedRnaResult> uploads, IReadOnlyList<LabMeasurement> labs)
    {
        var call = uploads.SelectMany(u => u.Findings.Where(f => f.Category == FindingCategory.Oncogenic).Select(f => (Upload: u, Finding: f))).FirstOrDefault();
        var positive = tests.FirstOrDefault(t => t.Method != TestMethod.Ihc && t.Result == AssayResult.Positive);
        bool? documented = call.Finding is not null || positive is not null ? true
            : tests.Any(t => t.Method == TestMethod.RnaNgs && t.Result == AssayResult.Negative) || uploads.Any(u => u.RnaNgs == AssayResult.Negative) ? false
            : null;
        var description = call.Finding is { Call: var c } ? $"{FusionName.Of(c.Gene1, c.Gene2)} ({FusionFormat.Frame(c.ReadingFrame)}, kinase domain retained: {FusionFormat.Domain(c.KinaseDomainRetained)}; trek fusions {call.Upload.FileName}, sample {call.Upload.SampleCode})"
            : positive is not null ? $"{positive.Method} positive on {positive.PerformedOn:yyyy-MM-dd}" : null;
        var labValues = new Dictionary<string, LabValue>(StringComparer.Ordinal);
        foreach (var (key, test) in new[] { ("total_bilirubin", LabTest.Bilirubin), ("alt", LabTest.Alt), ("ast", LabTest.Ast), ("creatinine", LabTest.Creatinine) })
        {
            if (labs.LastOrDefault(l => l.Test == test && l.Date <= on) is { } lab)
            {
                labValues[key] = new LabValue((double)lab.Value, (double?)lab.Uln);
            }
        }

        return new PatientRecord(
            p.Code, p.BirthDate, on, null, null, p.Diagnosis, p.Cns ? "cns" : "solid",
            RegistryWriter.Words(p.DiseaseStatus), null, documented, description, null, p.PerformanceScale, p.PerformanceScore,
            labValues, p.PriorTherapies is null ? null : RegistryWriter.Words(p.PriorTherapies), p.RecoveredFromPriorTherapy);
    }

    /// <summary>The response as `trek response` derives it from the same lesion rows (RANO for CNS tumours).</summary>
    public static (SubjectResponse?, string?) Response(Patient p, IReadOnlyList<LesionMeasurement> lesions)
    {
        if (lesions.Count == 0)
        {
            return (null, "no lesion measurements recorded");
        }

        var options = new ResponseOptions(p.Cns ? ResponseCriteria.Rano : ResponseCriteria.Recist11);
        var rows = lesions.OrderBy(l => l.Date).ThenBy(l => l.Id).Select(l => new LesionRecord(
            p.Code, l.Date, l.Lesion, l.Kind, l.Organ, l.Node, l.DiameterMm, l.Diameter2Mm, l.Status, l.SteroidDoseMg, l.Clinical, p.FirstDoseDate, l.Id)).ToList();
        try
        {
            return (SubjectAssessor.Assess("registry", p.Code, rows, options), null);
        }
        catch (InputException ex)
        {
            return (null, ex.Message);
        }
    }
}
