using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Trek.Reports.Diagram;
using Trek.Reports.Html;
using Trek.Web.Domain;

namespace Trek.Web.Pages.Patients;

/// <summary>
/// The clinical report (issue 11) of one sample, as `trek report` writes it: one self-contained HTML document
/// from <see cref="HtmlReportWriter"/>, dated today. No fusion diagrams: the registry keeps no index.
/// </summary>
public sealed class ReportModel(SampleReportService reports) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long sampleId, CancellationToken ct)
    {
        var report = await reports.BuildAsync(sampleId, DateOnly.FromDateTime(DateTime.UtcNow), ct);
        if (report is null)
        {
            return NotFound();
        }

        using var html = new StringWriter();
        HtmlReportWriter.Write(html, report, new Dictionary<long, FusionDiagram>());
        return Content(html.ToString(), "text/html; charset=utf-8");
    }
}
