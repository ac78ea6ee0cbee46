using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trek.Web.Data.Entities;
using Trek.Web.Domain;

namespace Trek.Web.Pages.Patients;

/// <summary>Registers a patient (clinician or above).</summary>
public sealed class NewModel(RegistryWriter writer) : PageModel
{
    [BindProperty]
    public PatientForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var p = await writer.AddPatientAsync(Form.ToInput(), ct);
            return Redirect($"/Patients/View/{p.Id}");
        }
        catch (RegistryValidationException ex)
        {
            FormErrors.Add(ModelState, ex, "Form");
            return Page();
        }
    }

    /// <summary>The registration form's fields.</summary>
    public sealed class PatientForm
    {
        public string Code { get; set; } = "";

        public DateOnly BirthDate { get; set; }

        public Sex Sex { get; set; } = Sex.Unknown;

        public string Diagnosis { get; set; } = "";

        public bool Cns { get; set; }

        public string? Cohort { get; set; }

        public string? DiseaseStatus { get; set; }

        public string? PerformanceScale { get; set; }

        public int? PerformanceScore { get; set; }

        public string? PriorTherapies { get; set; }

        public bool? Recovered { get; set; }

        public DateOnly? FirstDoseDate { get; set; }

        public DateOnly? LastKnownAliveDate { get; set; }

        public DateOnly? DeathDate { get; set; }

        public PatientInput ToInput() => new(Code, BirthDate, Sex, Diagnosis, Cns, Cohort, DiseaseStatus, string.IsNullOrEmpty(PerformanceScale) ? null : PerformanceScale,
            PerformanceScore, PriorTherapies, Recovered, FirstDoseDate, DeathDate, LastKnownAliveDate);
    }
}
