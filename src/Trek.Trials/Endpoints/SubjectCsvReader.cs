using System.Globalization;
using Trek.Core;
using Trek.Trials.Tables;

namespace Trek.Trials.Endpoints;

/// <summary>
/// Reads the subject-level CSV of `trek endpoints`. Required columns: subject, cohort, first_dose_date,
/// best_overall_response, first_response_date, progression_date, death_date, last_known_alive_date;
/// optional: last_assessment_date (censoring for PFS and DoR), treatment_end_date (swimmer plot).
/// Dates are ISO yyyy-MM-dd; an empty cell (or NA, '.') is missing. Inconsistent rows are rejected
/// with file and line, never silently repaired.
/// </summary>
public static class SubjectCsvReader
{
    public static IReadOnlyList<SubjectRecord> Read(CsvTable table)
    {
        var subject = table.Column("subject");
        var cohort = table.OptionalColumn("cohort");
        var firstDose = table.Column("first_dose_date");
        var bor = table.Column("best_overall_response");
        var response = table.Column("first_response_date");
        var progression = table.Column("progression_date");
        var death = table.Column("death_date");
        var alive = table.Column("last_known_alive_date");
        var assessment = table.OptionalColumn("last_assessment_date");
        var treatmentEnd = table.OptionalColumn("treatment_end_date");
        var records = new List<SubjectRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var line = table.Rows[r].Line;
            var id = table.Text(r, subject);
            if (id.Length == 0 || !seen.Add(id))
            {
                throw InputException.At(table.Source, line, id.Length == 0 ? "empty subject id" : $"subject '{id}' appears twice");
            }

            var record = new SubjectRecord(
                id,
                cohort is { } c && table.Text(r, c).Length > 0 ? table.Text(r, c) : "all",
                Date(table, r, firstDose) ?? throw InputException.At(table.Source, line, $"subject '{id}': first_dose_date is required"),
                Response(table, r, bor),
                Date(table, r, response),
                Date(table, r, progression),
                Date(table, r, death),
                Date(table, r, alive),
                assessment is { } a ? Date(table, r, a) : null,
                treatmentEnd is { } t ? Date(table, r, t) : null,
                line);
            Check(record, table.Source);
            records.Add(record);
        }

        if (records.Count == 0)
        {
            throw InputException.At(table.Source, null, "no subjects");
        }

        return records;
    }

    /// <summary>
    /// Joins a `trek response` subject TSV (best_overall_response, first_response_date, progression_date,
    /// first_dose_date) with a follow-up CSV (subject, cohort, death_date, last_known_alive_date, optional
    /// first_dose_date when the response file has none, last_assessment_date, treatment_end_date).
    /// Every subject must be in both files.
    /// </summary>
    public static IReadOnlyList<SubjectRecord> ReadWithResponse(CsvTable followUp, CsvTable response)
    {
        var rs = response.Column("subject");
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < response.Rows.Count; r++)
        {
            if (!rows.TryAdd(response.Text(r, rs), r))
            {
                throw InputException.At(response.Source, response.Rows[r].Line, $"subject '{response.Text(r, rs)}' appears twice");
            }
        }

        var bor = response.Column("best_overall_response");
        var firstResponse = response.Column("first_response_date");
        var progression = response.Column("progression_date");
        var responseDose = response.OptionalColumn("first_dose_date");
        var subject = followUp.Column("subject");
        var cohort = followUp.OptionalColumn("cohort");
        var death = followUp.Column("death_date");
        var alive = followUp.Column("last_known_alive_date");
        var dose = followUp.OptionalColumn("first_dose_date");
        var assessment = followUp.OptionalColumn("last_assessment_date");
        var treatmentEnd = followUp.OptionalColumn("treatment_end_date");
        var records = new List<SubjectRecord>();
        for (var f = 0; f < followUp.Rows.Count; f++)
        {
            var line = followUp.Rows[f].Line;
            var id = followUp.Text(f, subject);
            if (!rows.Remove(id, out var r))
            {
                throw InputException.At(followUp.Source, line, $"subject '{id}' is not in {response.Source} (or appears twice)");
            }

            var first = (responseDose is { } rd ? Date(response, r, rd) : null) ?? (dose is { } d ? Date(followUp, f, d) : null)
                ?? throw InputException.At(followUp.Source, line, $"subject '{id}': no first_dose_date in either file");
            var record = new SubjectRecord(
                id,
                cohort is { } c && followUp.Text(f, c).Length > 0 ? followUp.Text(f, c) : "all",
                first,
                Response(response, r, bor),
                Date(response, r, firstResponse),
                Date(response, r, progression),
                Date(followUp, f, death),
                Date(followUp, f, alive),
                assessment is { } a ? Date(followUp, f, a) : null,
                treatmentEnd is { } t ? Date(followUp, f, t) : null,
                line);
            Check(record, followUp.Source);
            records.Add(record);
        }

        if (rows.Count > 0)
        {
            var (missing, r) = rows.First();
            throw InputException.At(response.Source, response.Rows[r].Line, $"subject '{missing}' has no row in {followUp.Source}");
        }

        return records.Count > 0 ? records : throw InputException.At(followUp.Source, null, "no subjects");
    }

    private static void Check(SubjectRecord s, string source)
    {
        void Fail(string what) => throw InputException.At(source, s.Line, $"subject '{s.Subject}': {what}");

        var responder = s.BestResponse is BestResponse.CR or BestResponse.PR;
        if (responder && s.FirstResponse is null)
        {
            Fail($"best response {s.BestResponse} needs first_response_date");
        }

        if (!responder && s.FirstResponse is not null)
        {
            Fail($"first_response_date given but best response is {s.BestResponse}");
        }

        if (s.Death is null && s.LastKnownAlive is null)
        {
            Fail("last_known_alive_date is required when death_date is empty");
        }

        foreach (var (name, date) in new[] { ("first_response_date", s.FirstResponse), ("progression_date", s.Progression), ("death_date", s.Death), ("last_known_alive_date", s.LastKnownAlive), ("last_assessment_date", s.LastAssessment), ("treatment_end_date", s.TreatmentEnd) })
        {
            if (date is { } d && d < s.FirstDose)
            {
                Fail($"{name} {d:yyyy-MM-dd} is before first_dose_date {s.FirstDose:yyyy-MM-dd}");
            }

            if (date is { } e && s.Death is { } dd && e > dd && name != "death_date")
            {
                Fail($"{name} {e:yyyy-MM-dd} is after death_date {dd:yyyy-MM-dd}");
            }
        }

        if (s.FirstResponse is { } fr && s.Progression is { } pd && pd < fr)
        {
            Fail($"progression_date {pd:yyyy-MM-dd} is before first_response_date {fr:yyyy-MM-dd}");
        }

        // A responder without progression or death is censored for DoR at the last assessment, which
        // must then be on or after the response it censors.
        if (s.FirstResponse is { } r && s.Progression is null && s.Death is null && (s.LastAssessment ?? s.LastKnownAlive) is { } censor && censor < r)
        {
            Fail($"censoring date {censor:yyyy-MM-dd} is before first_response_date {r:yyyy-MM-dd}");
        }
    }

    private static BestResponse Response(CsvTable table, int r, int column)
    {
        var text = table.Text(r, column).ToUpperInvariant();
        return text switch
        {
            "CR" => BestResponse.CR,
            "PR" => BestResponse.PR,
            "SD" or "NON-CR/NON-PD" => BestResponse.SD,
            "PD" => BestResponse.PD,
            "NE" or "NA" or "UNK" or "" => BestResponse.NE,
            _ => throw InputException.At(table.Source, table.Rows[r].Line, $"best_overall_response '{table.Text(r, column)}' is not CR, PR, SD, PD or NE"),
        };
    }

    private static DateOnly? Date(CsvTable table, int r, int column)
    {
        var text = table.Text(r, column);
        if (text.Length == 0 || text == "." || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw InputException.At(table.Source, table.Rows[r].Line, $"column '{table.Header[column]}': '{text}' is not a date (yyyy-MM-dd)");
    }
}
