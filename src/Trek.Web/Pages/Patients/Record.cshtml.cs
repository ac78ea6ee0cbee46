using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trek.Assessment.Tumour;
using Trek.Clinical.TestRoute;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;

namespace Trek.Web.Pages.Patients;

/// <summary>
/// The clinician's forms for one patient (clinician or above). Each form posts to its own handler; a refused
/// input (including a number that does not parse, e.g. a decimal comma) comes back with its message and
/// nothing is saved.
/// </summary>
public sealed class RecordModel(PatientSamplesLoader loader, RegistryWriter writer) : PageModel
{
    public Patient? Patient { get; private set; }

    public IReadOnlyList<Sample> Samples { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSampleAsync(long id, [FromForm(Name = "sample")] SampleForm sample, CancellationToken ct) =>
        SaveAsync(id, "sample", () => writer.AddSampleAsync(new SampleInput(id, sample.Code ?? "", sample.Specimen ?? "", sample.CollectedOn), ct), ct);

    public Task<IActionResult> OnPostTestAsync(long id, [FromForm(Name = "test")] TestForm test, CancellationToken ct) =>
        SaveAsync(id, "test", async () =>
        {
            // Samples is this patient's, loaded by SaveAsync before the save runs.
            if (!Samples.Any(s => s.Id == test.SampleId))
            {
                throw RegistryValidationException.For("sampleId", "choose a sample of this patient");
            }

            return await writer.AddTestResultAsync(new TestResultInput(test.SampleId, test.Method, test.Result, test.PerformedOn, test.Detail), ct);
        }, ct);

    public Task<IActionResult> OnPostMeasurementAsync(long id, [FromForm(Name = "measurement")] MeasurementForm measurement, CancellationToken ct) =>
        SaveAsync(id, "measurement", () => writer.AddMeasurementAsync(new MeasurementInput(id, measurement.Date, measurement.HeightCm, measurement.WeightKg), ct), ct);

    public Task<IActionResult> OnPostDoseAsync(long id, [FromForm(Name = "dose")] DoseForm dose, CancellationToken ct) =>
        SaveAsync(id, "dose", () => writer.AddDoseChangeAsync(new DoseChangeInput(id, dose.Date, dose.Reductions, dose.Reason ?? ""), ct), ct);

    public Task<IActionResult> OnPostVisitAsync(long id, [FromForm(Name = "visit")] VisitForm visit, CancellationToken ct) =>
        SaveAsync(id, "visit", () => writer.AddVisitAsync(new VisitInput(id, visit.Date, visit.Lesions
            .Where(l => !string.IsNullOrWhiteSpace(l.Lesion))
            .Select(l => new LesionInput(l.Lesion!, l.Kind, l.Organ, l.Node, l.DiameterMm, l.Diameter2Mm, l.Status)).ToList()), ct), ct);

    public Task<IActionResult> OnPostLabAsync(long id, [FromForm(Name = "lab")] LabForm lab, CancellationToken ct) =>
        SaveAsync(id, "lab", () => writer.AddLabAsync(new LabInput(id, lab.Date, lab.Test ?? "", lab.Value, lab.Unit, lab.Uln, lab.Lln), ct), ct);

    public Task<IActionResult> OnPostAdverseEventAsync(long id, [FromForm(Name = "ae")] AdverseEventForm ae, CancellationToken ct) =>
        SaveAsync(id, "ae", () => writer.AddAdverseEventAsync(new AdverseEventInput(id, ae.Onset, ae.Term ?? "", ae.Grade, ae.Attribution), ct), ct);

    private async Task<IActionResult> SaveAsync<T>(long id, string prefix, Func<Task<T>> save, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await save();
            return Redirect($"/Patients/View/{id}");
        }
        catch (RegistryValidationException ex)
        {
            FormErrors.Add(ModelState, ex, prefix);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var loaded = await loader.LoadAsync(id, ct);
        (Patient, Samples) = (loaded?.Patient, loaded?.Samples ?? []);
        return loaded is not null;
    }

    /// <summary>Sample form.</summary>
    public sealed class SampleForm
    {
        public string? Code { get; set; }

        public string? Specimen { get; set; }

        public DateOnly CollectedOn { get; set; }
    }

    /// <summary>Assay result form.</summary>
    public sealed class TestForm
    {
        public long SampleId { get; set; }

        public TestMethod Method { get; set; }

        public AssayResult Result { get; set; }

        public DateOnly PerformedOn { get; set; }

        public string? Detail { get; set; }
    }

    /// <summary>Height and weight form.</summary>
    public sealed class MeasurementForm
    {
        public DateOnly Date { get; set; }

        public double HeightCm { get; set; }

        public double WeightKg { get; set; }
    }

    /// <summary>Dose change form.</summary>
    public sealed class DoseForm
    {
        public DateOnly Date { get; set; }

        public int Reductions { get; set; }

        public string? Reason { get; set; }
    }

    /// <summary>Visit form: up to five lesion rows; empty rows are ignored.</summary>
    public sealed class VisitForm
    {
        public DateOnly Date { get; set; }

        public List<LesionForm> Lesions { get; set; } = [];
    }

    /// <summary>One lesion row of the visit form.</summary>
    public sealed class LesionForm
    {
        public string? Lesion { get; set; }

        public LesionKind Kind { get; set; }

        public string? Organ { get; set; }

        public bool Node { get; set; }

        public decimal? DiameterMm { get; set; }

        public decimal? Diameter2Mm { get; set; }

        public LesionStatus? Status { get; set; }
    }

    /// <summary>Lab form.</summary>
    public sealed class LabForm
    {
        public DateOnly Date { get; set; }

        public string? Test { get; set; }

        public decimal Value { get; set; }

        public string? Unit { get; set; }

        public decimal? Uln { get; set; }

        public decimal? Lln { get; set; }
    }

    /// <summary>Adverse event form.</summary>
    public sealed class AdverseEventForm
    {
        public DateOnly Onset { get; set; }

        public string? Term { get; set; }

        public int Grade { get; set; }

        public Attribution Attribution { get; set; }
    }
}
