using Trek.Core;

namespace Trek.Assessment.Tumour;

/// <summary>
/// Entry point: groups the lesion rows by subject (in order of first appearance), checks that each
/// subject's dates never go backwards in the file, and assesses every subject.
/// </summary>
public static class ResponseAssessor
{
    public static IReadOnlyList<SubjectResponse> Assess(IEnumerable<LesionRecord> records, string source, ResponseOptions options)
    {
        var subjects = new Dictionary<string, List<LesionRecord>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in records)
        {
            if (!subjects.TryGetValue(record.Subject, out var rows))
            {
                rows = [];
                subjects[record.Subject] = rows;
                order.Add(record.Subject);
            }
            else if (record.Date < rows[^1].Date)
            {
                // The first date is baseline, so an earlier date after a later one is ambiguous: refuse it.
                throw InputException.At(source, record.Line, $"subject {record.Subject}: date {record.Date:yyyy-MM-dd} comes after {rows[^1].Date:yyyy-MM-dd} (line {rows[^1].Line}); a subject's rows must be in date order, the first date being baseline");
            }

            rows.Add(record);
        }

        if (order.Count == 0)
        {
            throw InputException.At(source, null, "no lesion rows");
        }

        return order.Select(s => SubjectAssessor.Assess(source, s, subjects[s], options)).ToList();
    }
}
