using Trek.Clinical.Eligibility;

namespace Trek.Reports.Clinical;

/// <summary>The text of `trek eligibility`: each citation in full once under "Sources", referred to by number.</summary>
public static class EligibilityText
{
    public static void Write(TextWriter w, EligibilityReport r)
    {
        var citations = new Citations();
        w.WriteLine(r.Study);
        w.WriteLine($"Criteria set: {r.CriteriaSet.Title} ({r.CriteriaSet.AsOf}; `--criteria {r.CriteriaSet.Id}`)");
        w.WriteLine($"Patient {r.PatientId ?? "(no id)"} assessed on {r.AssessmentDate:yyyy-MM-dd}: {(r.Eligible ? "ELIGIBLE" : "NOT ELIGIBLE")}");
        foreach (var c in r.Criteria)
        {
            w.WriteLine($"  [{ClinicalLabels.Status(c.Status)}] {ClinicalLabels.Criterion(c.Id)}: {c.Requirement}");
            w.WriteLine($"            value: {(c.DecidingValue is null ? "not given" : ClinicalLabels.Words(c.DecidingValue))}{(c.Missing is null ? "" : $"; missing in the record: {ClinicalLabels.QuoteKeys(c.Missing)}")}");
            w.WriteLine($"            source: {citations.Refer(c.Source)}");
        }

        var unknown = r.Criteria.Where(c => c.Status == CriterionStatus.Unknown).ToList();
        if (unknown.Count > 0)
        {
            w.WriteLine("Unknown counts as not met. Missing: " + string.Join("; ", unknown.Select(c => $"{ClinicalLabels.Criterion(c.Id)}: {ClinicalLabels.QuoteKeys(c.Missing ?? "")}")));
        }

        foreach (var note in r.Notes)
        {
            w.WriteLine($"Note: {note}");
        }

        citations.WriteList(w);
    }
}
