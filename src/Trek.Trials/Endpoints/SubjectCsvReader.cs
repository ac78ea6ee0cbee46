using Trek.Core;
using Trek.IO.Tables;

namespace Trek.Trials.Endpoints;

/// <summary>
/// Reads the subject-level CSV of `trek endpoints` through the one table reader (<see cref="TableReader"/>).
/// Required columns: subject, first_dose_date, best_overall_response, first_response_date, progression_date,
/// death_date, last_known_alive_date; optional: cohort, last_assessment_date (censoring for PFS and DoR),
/// treatment_end_date (swimmer plot). Dates are ISO yyyy-MM-dd; a missing cell (empty, NA, '.') is missing.
/// Contradictory rows are refused with the subject named (<see cref="SubjectChecks"/>), never repaired.
/// </summary>
public static class SubjectCsvReader
{
    private static readonly TableSchema Schema = new(
        ["subject", "first_dose_date", "best_overall_response", "first_response_date", "progression_date", "death_date", "last_known_alive_date"],
        ["cohort", "last_assessment_date", "treatment_end_date"]);

    private static readonly TableSchema FollowUpSchema = new(
        ["subject", "death_date", "last_known_alive_date"],
        ["cohort", "first_dose_date", "last_assessment_date", "treatment_end_date"]);

    // `trek response` writes many columns; the join uses these and ignores the rest by design.
    private static readonly TableSchema ResponseSchema = TableSchema.Open("subject", "best_overall_response", "first_response_date", "progression_date");

    public static IReadOnlyList<SubjectRecord> Read(TextReader reader, string source, Action<string> warn)
    {
        var records = new List<SubjectRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var warned = false;
        foreach (var row in TableReader.Read(reader, source, Schema, ',', warn))
        {
            var id = Id(row, seen);
            var record = new SubjectRecord(
                id,
                row.Optional("cohort") ?? "all",
                row.OptionalDate("first_dose_date") ?? throw row.Error($"subject '{id}': first_dose_date is required"),
                Response(row),
                row.OptionalDate("first_response_date"),
                row.OptionalDate("progression_date"),
                row.OptionalDate("death_date"),
                row.OptionalDate("last_known_alive_date"),
                LastAssessment(row, warn, ref warned),
                row.OptionalDate("treatment_end_date"),
                row.Line);
            SubjectChecks.Check(record, source);
            records.Add(record);
        }

        return records.Count > 0 ? records : throw InputException.At(source, null, "no subjects");
    }

    /// <summary>
    /// Joins a `trek response` subject TSV (best_overall_response, first_response_date, progression_date,
    /// first_dose_date) with a follow-up CSV (subject, cohort, death_date, last_known_alive_date, optional
    /// first_dose_date when the response file has none, last_assessment_date, treatment_end_date).
    /// Every subject must be in both files.
    /// </summary>
    public static IReadOnlyList<SubjectRecord> ReadWithResponse(TextReader followUp, string followUpSource, TextReader response, string responseSource, Action<string> warn)
    {
        var responses = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        foreach (var row in TableReader.Read(response, responseSource, ResponseSchema, '\t', warn))
        {
            var id = row.Required("subject");
            if (!responses.TryAdd(id, row))
            {
                throw row.Error($"subject '{id}' appears twice");
            }
        }

        var records = new List<SubjectRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var warned = false;
        foreach (var f in TableReader.Read(followUp, followUpSource, FollowUpSchema, ',', warn))
        {
            var id = Id(f, seen);
            if (!responses.Remove(id, out var r))
            {
                throw f.Error($"subject '{id}' is not in {responseSource}");
            }

            var first = r.OptionalDate("first_dose_date") ?? f.OptionalDate("first_dose_date")
                ?? throw f.Error($"subject '{id}': no first_dose_date in either file");
            var record = new SubjectRecord(
                id,
                f.Optional("cohort") ?? "all",
                first,
                Response(r),
                r.OptionalDate("first_response_date"),
                r.OptionalDate("progression_date"),
                f.OptionalDate("death_date"),
                f.OptionalDate("last_known_alive_date"),
                LastAssessment(f, warn, ref warned),
                f.OptionalDate("treatment_end_date"),
                f.Line);
            SubjectChecks.Check(record, followUpSource);
            records.Add(record);
        }

        if (responses.Count > 0)
        {
            var (missing, row) = responses.OrderBy(x => x.Value.Line).First();
            throw row.Error($"subject '{missing}' has no row in {followUpSource}");
        }

        return records.Count > 0 ? records : throw InputException.At(followUpSource, null, "no subjects");
    }

    private static string Id(TableRow row, HashSet<string> seen)
    {
        var id = row.Optional("subject") ?? throw row.Error("empty subject id");
        return seen.Add(id) ? id : throw row.Error($"subject '{id}' appears twice");
    }

    /// <summary>
    /// The last adequate tumour assessment. A blank cell means none is recorded (censoring then uses the other
    /// assessment dates, never last_known_alive_date: FDA 2018 Table B). Only when the column is absent from the
    /// file does Trek use last_known_alive_date, and it says so once on standard error.
    /// </summary>
    private static DateOnly? LastAssessment(TableRow row, Action<string> warn, ref bool warned)
    {
        if (row.HasColumn("last_assessment_date"))
        {
            return row.OptionalDate("last_assessment_date");
        }

        if (!warned)
        {
            warn($"{row.Source}: no last_assessment_date column: PFS and DoR are censored at last_known_alive_date (docs/trials.md)");
            warned = true;
        }

        return row.OptionalDate("last_known_alive_date");
    }

    private static BestResponse Response(TableRow row)
    {
        var text = row.Optional("best_overall_response")?.ToUpperInvariant();
        return text switch
        {
            "CR" => BestResponse.CR,
            "PR" => BestResponse.PR,
            "SD" or "NON-CR/NON-PD" => BestResponse.SD,
            "PD" => BestResponse.PD,
            "NE" or "UNK" or null => BestResponse.NE,
            _ => throw row.Error($"best_overall_response '{row.Optional("best_overall_response")}' is not CR, PR, SD, PD or NE"),
        };
    }
}
