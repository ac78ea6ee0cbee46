using System.Globalization;
using static Trek.Reports.Cohort.CohortSvg;
using static Trek.Reports.Cohort.CohortText;

namespace Trek.Reports.Cohort;

/// <summary>
/// cohort.html: one self-contained page (inline CSS and SVG, no script, nothing fetched) with the heat map of
/// calls, recurrent fusions, NTRK partners and the QC table with its outliers and the rule that flags them.
/// </summary>
public static class CohortHtmlWriter
{
    public static void Write(TextWriter w, CohortSummary cohort, string trekVersion)
    {
        var outliers = cohort.Qc.Count(q => q.Outliers.Count > 0);
        w.Write($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Trek cohort summary</title>
            <style>body{font-family:Helvetica,Arial,sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;font-size:13px}
            td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}th{background:#eee}tr.outlier td{background:#fbe3e6}.num{text-align:right}</style>
            </head><body>
            <h1>Trek cohort summary</h1>
            <p>{{cohort.Samples.Count}} samples, {{cohort.Fusions.Count}} distinct fusions, {{cohort.Recurrent.Count}} recurrent (called in 2 or more samples), {{outliers}} sample(s) flagged by QC. Trek {{Esc(trekVersion)}}.</p>

            """);
        if (cohort.Excluded.Count > 0)
        {
            w.Write($"<p>Left out by configuration: {Esc(string.Join(", ", cohort.Excluded.Select(e => e.Sample)))}.</p>\n");
        }

        w.Write("<h2>Calls</h2>\n");
        w.Write(cohort.Fusions.Count == 0 ? "<p>No fusion was called in any sample.</p>\n" : Heatmap(cohort));
        w.Write("<h2>Recurrent fusions</h2>\n");
        if (cohort.Recurrent.Count == 0)
        {
            w.Write("<p>No fusion was called in more than one sample.</p>\n");
        }
        else
        {
            w.Write(Bars("Samples with the fusion", cohort.Recurrent.Select(r => (r.Key, (double)r.Samples.Count, false)).ToList(), v => v.ToString("0", CultureInfo.InvariantCulture)));
        }

        w.Write("<h2>NTRK partners</h2>\n");
        Table(w, ["NTRK gene", "partner", "side", "fusion", "samples", "sample names"], cohort.NtrkPartners.Select(p => (false, new[] { p.NtrkGene, Or(p.Partner), Of(p.Side), p.Key, Count(p.Samples.Count), string.Join(", ", p.Samples) })));
        w.Write("<h2>Quality control</h2>\n");
        w.Write($"<p>Outlier rule: modified z-score M = {RobustZ.Consistency}&#183;(x &#8722; median)/MAD, flagged when |M| &gt; {RobustZ.Threshold} (Iglewicz and Hoaglin, <i>How to Detect and Handle Outliers</i>, 1993); depth scored as log10(pairs + 1). No score (.) when MAD = 0 or fewer than 3 samples.</p>\n");
        w.Write(Bars("Read pairs", cohort.Qc.Select(q => (q.Sample, (double)q.PairsRead, q.DepthScore is { } z && RobustZ.IsOutlier(z))).ToList(), v => v.ToString("N0", CultureInfo.InvariantCulture)));
        w.Write(Bars("Fraction of pairs on the index", cohort.Qc.Select(q => (q.Sample, q.OnIndexFraction, RobustZ.IsOutlier(q.OnIndexScore))).ToList(), v => v.ToString("0.####", CultureInfo.InvariantCulture)));
        Table(
            w,
            ["sample", "tumour type", "batch", "pairs", "on index", "duplicates", "high", "medium", "low", "discarded", "outliers"],
            cohort.Qc.Zip(cohort.Samples).Select(x => (x.First.Outliers.Count > 0, new[]
            {
                x.First.Sample, Or(x.Second.Entry.TumourType), Or(x.Second.Entry.Batch), Count(x.First.PairsRead),
                $"{Count(x.First.PairsOnIndex)} ({Fraction(x.First.OnIndexFraction)})", $"{Count(x.First.DuplicateFragments)} ({Fraction(x.First.DuplicateFraction)})",
                Count(x.First.Calls.High), Count(x.First.Calls.Medium), Count(x.First.Calls.Low), Count(x.First.Discarded),
                x.First.Outliers.Count == 0 ? "." : string.Join(", ", x.First.Outliers),
            })));
        w.Write("</body></html>\n");
    }

    private static void Table(TextWriter w, string[] header, IEnumerable<(bool Flagged, string[] Cells)> rows)
    {
        w.Write("<table><tr>" + string.Concat(header.Select(h => $"<th>{Esc(h)}</th>")) + "</tr>\n");
        var any = false;
        foreach (var (flagged, cells) in rows)
        {
            any = true;
            w.Write((flagged ? "<tr class=\"outlier\">" : "<tr>") + string.Concat(cells.Select(c => $"<td>{Esc(c)}</td>")) + "</tr>\n");
        }

        if (!any)
        {
            w.Write($"<tr><td colspan=\"{header.Length}\">none</td></tr>\n");
        }

        w.Write("</table>\n");
    }
}
