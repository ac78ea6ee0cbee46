using Microsoft.EntityFrameworkCore;
using Trek.Assessment.Ctcae;
using Trek.Assessment.Tumour;
using Trek.Web.Data;
using Trek.Web.Data.Entities;

namespace Trek.Web.Domain;

/// <summary>
/// Every write of the registry, shared by the pages and the API: checks the input (one message per field,
/// <see cref="RegistryValidationException"/>), then saves through the audited context. Units are fixed by
/// the field names (cm, kg, mm); there is no free-text number parsing here.
/// </summary>
public sealed class RegistryWriter(RegistryDbContext db)
{
    private static readonly HashSet<string> DiseaseStatusWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "locally_advanced", "metastatic", "localised", "localized", "relapsed", "progressive", "progressed", "refractory",
        "nonresponsive", "newly_diagnosed", "untreated",
    };

    public async Task<Patient> AddPatientAsync(PatientInput input, CancellationToken ct = default)
    {
        Check(input);
        if (await db.Patients.AnyAsync(p => p.Code == input.Code.Trim(), ct))
        {
            throw RegistryValidationException.For("code", $"a patient with code '{input.Code.Trim()}' is already registered");
        }

        var patient = new Patient { Code = input.Code.Trim(), Diagnosis = Diagnosis(input.Diagnosis) };
        Apply(patient, input);
        db.Patients.Add(patient);
        await db.SaveChangesAsync(ct);
        return patient;
    }

    /// <summary>Updates a patient edited on row version <see cref="PatientInput.Version"/>; a newer row makes it fail (409).</summary>
    public async Task<Patient> UpdatePatientAsync(long id, PatientInput input, CancellationToken ct = default)
    {
        Check(input);
        var patient = await db.Patients.FindAsync([id], ct) ?? throw new KeyNotFoundException($"patient {id}");
        if (!string.Equals(patient.Code, input.Code.Trim(), StringComparison.Ordinal))
        {
            throw RegistryValidationException.For("code", "the patient code cannot be changed");
        }

        db.Entry(patient).Property(p => p.Version).OriginalValue = input.Version;
        patient.Version = input.Version;
        patient.Diagnosis = Diagnosis(input.Diagnosis);
        Apply(patient, input);
        await db.SaveChangesAsync(ct);
        return patient;
    }

    public async Task<Sample> AddSampleAsync(SampleInput input, CancellationToken ct = default)
    {
        var patient = await PatientAsync(input.PatientId, ct);
        new Checks().Text(input.Code, "code", 64).Text(input.Specimen, "specimen", 100)
            .Date(input.CollectedOn, "collectedOn", patient.BirthDate, "birth date").ThrowIfAny();
        if (await db.Samples.AnyAsync(s => s.Code == input.Code.Trim(), ct))
        {
            throw RegistryValidationException.For("code", $"a sample with code '{input.Code.Trim()}' is already registered");
        }

        var sample = new Sample { PatientId = patient.Id, Code = input.Code.Trim(), Specimen = input.Specimen.Trim(), CollectedOn = input.CollectedOn };
        db.Samples.Add(sample);
        await db.SaveChangesAsync(ct);
        return sample;
    }

    public async Task<TestResult> AddTestResultAsync(TestResultInput input, CancellationToken ct = default)
    {
        var sample = await db.Samples.FindAsync([input.SampleId], ct) ?? throw new KeyNotFoundException($"sample {input.SampleId}");
        new Checks().Date(input.PerformedOn, "performedOn", sample.CollectedOn, "sample collection date").Text(input.Detail, "detail", 400, required: false)
            .Require(input.Result != Trek.Clinical.TestRoute.AssayResult.Weak || input.Method == TestMethod.Ihc, "result", "'weak' applies to pan-TRK IHC only")
            .ThrowIfAny();
        var test = new TestResult { SampleId = sample.Id, Method = input.Method, Result = input.Result, PerformedOn = input.PerformedOn, Detail = input.Detail?.Trim() };
        db.TestResults.Add(test);
        await db.SaveChangesAsync(ct);
        return test;
    }

    public async Task<BodyMeasurement> AddMeasurementAsync(MeasurementInput input, CancellationToken ct = default)
    {
        var patient = await PatientAsync(input.PatientId, ct);
        // Plausible human ranges; the library's BSA formulas refuse what is outside their own domain.
        new Checks().Date(input.Date, "date", patient.BirthDate, "birth date")
            .Require(input.HeightCm is >= 30 and <= 250, "heightCm", $"{input.HeightCm} cm is not a height between 30 and 250 cm (is it in metres or inches?)")
            .Require(input.WeightKg is >= 0.5 and <= 300, "weightKg", $"{input.WeightKg} kg is not a weight between 0.5 and 300 kg (is it in grams or pounds?)")
            .ThrowIfAny();
        var m = new BodyMeasurement { PatientId = patient.Id, Date = input.Date, HeightCm = input.HeightCm, WeightKg = input.WeightKg };
        db.BodyMeasurements.Add(m);
        await db.SaveChangesAsync(ct);
        return m;
    }

    public async Task<DoseChange> AddDoseChangeAsync(DoseChangeInput input, CancellationToken ct = default)
    {
        var patient = await PatientAsync(input.PatientId, ct);
        new Checks().Date(input.Date, "date", patient.FirstDoseDate ?? patient.BirthDate, patient.FirstDoseDate is null ? "birth date" : "first dose")
            .Require(input.Reductions is >= 0 and <= 4, "reductions", "give 0-3 dose modifications made, or 4 when the third level was not tolerated (label section 2.3)")
            .Text(input.Reason, "reason", 400).ThrowIfAny();
        var change = new DoseChange { PatientId = patient.Id, Date = input.Date, Reductions = input.Reductions, Reason = input.Reason.Trim() };
        db.DoseChanges.Add(change);
        await db.SaveChangesAsync(ct);
        return change;
    }

    /// <summary>Records every lesion of one visit in one transaction: all or nothing.</summary>
    public async Task<IReadOnlyList<LesionMeasurement>> AddVisitAsync(VisitInput input, CancellationToken ct = default)
    {
        var patient = await PatientAsync(input.PatientId, ct);
        var checks = new Checks().Date(input.Date, "date", patient.BirthDate, "birth date").Require(input.Lesions.Count > 0, "lesions", "a visit needs at least one lesion row");
        for (var i = 0; i < input.Lesions.Count; i++)
        {
            var l = input.Lesions[i];
            checks.Text(l.Lesion, $"lesions[{i}].lesion", 64).Text(l.Organ, $"lesions[{i}].organ", 100, required: false)
                .Require(l.DiameterMm is null or >= 0, $"lesions[{i}].diameterMm", "cannot be negative")
                .Require(l.Diameter2Mm is null or >= 0, $"lesions[{i}].diameter2Mm", "cannot be negative")
                .Require(l.Kind != LesionKind.Target || l.DiameterMm is not null, $"lesions[{i}].diameterMm", "a target lesion needs its diameter in mm")
                .Require(l.DiameterMm is null or <= 1000, $"lesions[{i}].diameterMm", $"{l.DiameterMm} mm is over 1 m: is it in micrometres?");
        }

        checks.Require(input.Lesions.Select(l => l.Lesion.Trim()).Distinct(StringComparer.Ordinal).Count() == input.Lesions.Count, "lesions", "a lesion appears twice in this visit");
        checks.ThrowIfAny();
        if (await db.Lesions.AnyAsync(l => l.PatientId == patient.Id && l.Date == input.Date, ct))
        {
            throw RegistryValidationException.For("date", $"a visit on {input.Date:yyyy-MM-dd} is already recorded for this patient");
        }

        var rows = input.Lesions.Select(l => new LesionMeasurement
        {
            PatientId = patient.Id, Date = input.Date, Lesion = l.Lesion.Trim(), Kind = l.Kind, Organ = l.Organ?.Trim() ?? "", Node = l.Node,
            DiameterMm = l.DiameterMm, Diameter2Mm = l.Diameter2Mm, Status = l.Status, SteroidDoseMg = l.SteroidDoseMg, Clinical = l.Clinical,
        }).ToList();
        db.Lesions.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows;
    }

    public async Task<LabMeasurement> AddLabAsync(LabInput input, CancellationToken ct = default)
    {
        var patient = await PatientAsync(input.PatientId, ct);
        var test = LabTests.Parse(input.Test ?? "");
        new Checks().Date(input.Date, "date", patient.BirthDate, "birth date")
            .Require(test is not null, "test", $"'{input.Test}' is not one of {LabTests.KnownNames}")
            .ThrowIfAny();
        try
        {
            // Grade once now so that a value the grader cannot use (wrong unit, missing ULN) is refused at entry.
            CtcaeGrader.Grade(test!.Value, input.Value, input.Unit, input.Uln, input.Lln);
        }
        catch (Trek.Core.InputException ex)
        {
            throw RegistryValidationException.For("value", ex.Message);
        }

        var lab = new LabMeasurement { PatientId = patient.Id, Date = input.Date, Test = test!.Value, Value = input.Value, Unit = input.Unit?.Trim(), Uln = input.Uln, Lln = input.Lln };
        db.Labs.Add(lab);
        await db.SaveChangesAsync(ct);
        return lab;
    }

    public async Task<AdverseEvent> AddAdverseEventAsync(AdverseEventInput input, CancellationToken ct = default)
    {
        var patient = await PatientAsync(input.PatientId, ct);
        var term = CtcaeTerms.Canonical(input.Term ?? "");
        var checks = new Checks().Date(input.Onset, "onset", patient.BirthDate, "birth date")
            .Require(term is not null, "term", $"'{input.Term}' is not a CTCAE v5.0 term Trek knows (lab abnormalities are entered as lab values)");
        if (term is not null)
        {
            var max = CtcaeTerms.MaxGrade[term];
            checks.Require(input.Grade >= 1 && input.Grade <= max, "grade", $"CTCAE v5.0 '{term}' has grades 1-{max}");
        }

        checks.ThrowIfAny();
        var ae = new AdverseEvent { PatientId = patient.Id, Onset = input.Onset, Term = term!, Grade = input.Grade, Attribution = input.Attribution };
        db.AdverseEvents.Add(ae);
        await db.SaveChangesAsync(ct);
        return ae;
    }

    /// <summary>The diagnosis as the tumour vocabulary names it (OncoTree); a name it does not know is refused with the nearest entries.</summary>
    private static string Diagnosis(string text)
    {
        try
        {
            return Trek.Clinical.TestRoute.TumourVocabulary.Resolve(text).Name;
        }
        catch (Trek.Core.InputException ex)
        {
            throw RegistryValidationException.For("diagnosis", ex.Message);
        }
    }

    private async Task<Patient> PatientAsync(long id, CancellationToken ct) =>
        await db.Patients.FindAsync([id], ct) ?? throw new KeyNotFoundException($"patient {id}");

    private static void Check(PatientInput input)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var checks = new Checks()
            .Text(input.Code, "code", 64)
            .Require(input.Code is null || input.Code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'), "code", "use letters, digits, '-', '_' or '.' only (a study code, not a name)")
            .Text(input.Diagnosis, "diagnosis", 200)
            .Require(input.BirthDate <= today && input.BirthDate >= today.AddYears(-120), "birthDate", $"{input.BirthDate:yyyy-MM-dd} is not a birth date in the last 120 years")
            .Require(Enum.IsDefined(input.Sex), "sex", "give female, male, other or unknown")
            .Text(input.Cohort, "cohort", 64, required: false)
            .Date(input.FirstDoseDate, "firstDoseDate", input.BirthDate, "birth date")
            .Date(input.DeathDate, "deathDate", input.FirstDoseDate ?? input.BirthDate, input.FirstDoseDate is null ? "birth date" : "first dose")
            .Date(input.LastKnownAliveDate, "lastKnownAliveDate", input.FirstDoseDate ?? input.BirthDate, input.FirstDoseDate is null ? "birth date" : "first dose")
            .Date(input.TreatmentEndDate, "treatmentEndDate", input.FirstDoseDate, "first dose")
            .Require(input.DeathDate is null || input.LastKnownAliveDate is null || input.LastKnownAliveDate <= input.DeathDate, "lastKnownAliveDate", "is after the death date")
            .Require(input.PerformanceScale is null or "lansky" or "karnofsky", "performanceScale", "give lansky or karnofsky")
            .Require(input.PerformanceScore is not { } score || (score is >= 0 and <= 100 && score % 10 == 0), "performanceScore", "give 0-100 in steps of 10")
            .Require((input.PerformanceScale is null) == (input.PerformanceScore is null), "performanceScore", "give both the scale and the score, or neither")
            .Text(input.PriorTherapies, "priorTherapies", 400, required: false);
        if (!string.IsNullOrWhiteSpace(input.Diagnosis))
        {
            try
            {
                Trek.Clinical.TestRoute.TumourVocabulary.Resolve(input.Diagnosis);
            }
            catch (Trek.Core.InputException ex)
            {
                checks.Require(false, "diagnosis", ex.Message);
            }
        }

        foreach (var word in Words(input.DiseaseStatus))
        {
            checks.Require(DiseaseStatusWords.Contains(word), "diseaseStatus", $"'{word}' is not one of {string.Join(", ", DiseaseStatusWords.Order())}");
        }

        checks.ThrowIfAny();
    }

    private static void Apply(Patient p, PatientInput input)
    {
        p.BirthDate = input.BirthDate;
        p.Sex = input.Sex;
        p.Cns = input.Cns;
        p.Cohort = string.IsNullOrWhiteSpace(input.Cohort) ? "registry" : input.Cohort.Trim();
        p.DiseaseStatus = Words(input.DiseaseStatus).Count == 0 ? null : string.Join(",", Words(input.DiseaseStatus).Select(w => w.ToLowerInvariant()));
        p.PerformanceScale = input.PerformanceScale;
        p.PerformanceScore = input.PerformanceScore;
        p.PriorTherapies = string.IsNullOrWhiteSpace(input.PriorTherapies) ? null : input.PriorTherapies.Trim();
        p.RecoveredFromPriorTherapy = input.RecoveredFromPriorTherapy;
        p.FirstDoseDate = input.FirstDoseDate;
        p.DeathDate = input.DeathDate;
        p.LastKnownAliveDate = input.LastKnownAliveDate;
        p.TreatmentEndDate = input.TreatmentEndDate;
    }

    /// <summary>Comma- or space-separated words of a list field.</summary>
    public static IReadOnlyList<string> Words(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
