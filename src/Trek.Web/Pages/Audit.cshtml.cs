using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Trek.Web.Data;
using Trek.Web.Data.Entities;

namespace Trek.Web.Pages;

/// <summary>Read-only audit log (data manager or above), 200 entries a page.</summary>
public sealed class AuditModel(RegistryDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await db.AuditLog.AsNoTracking().Where(a => Before == null || a.Id < Before).OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);
}
