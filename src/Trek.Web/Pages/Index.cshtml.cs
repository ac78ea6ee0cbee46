using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;
using Trek.Web.Data.Entities;

namespace Trek.Web.Pages;

/// <summary>The patient list.</summary>
public sealed class IndexModel(RegistryDbContext db) : PageModel
{
    public IReadOnlyList<Patient> Patients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Patients = await db.Patients.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);
}
