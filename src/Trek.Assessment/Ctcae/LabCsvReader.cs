using Trek.Core;
using Trek.IO.Tables;

namespace Trek.Assessment.Ctcae;

/// <summary>
/// Reads and grades the lab CSV: subject,date,test,value,unit,uln,lln,baseline and optional first_dose (unit,
/// uln, lln and baseline may be empty where the test does not need them). Streams one result per graded row.
/// A row whose test CTCAE v5.0 does not define as a lab grade (LDH, sodium ...) is reported through
/// <c>skip</c> with the reason and the run goes on (issue 10: one such row used to abort the file); malformed
/// cells (a date, a number with a decimal comma, an unknown unit) still stop the run with one line.
/// </summary>
public static class LabCsvReader
{
    private static readonly TableSchema Schema = new(["subject", "date", "test", "value", "unit", "uln", "lln", "baseline"], ["first_dose"]);

    /// <param name="warn">Receives a line per header column the reader does not use (TableReader).</param>
    /// <param name="skip">Receives each row that is not graded, with the reason.</param>
    public static IEnumerable<LabResult> Read(TextReader reader, string source, Action<string> warn, Action<SkippedLab> skip)
    {
        foreach (var row in TableReader.Read(reader, source, Schema, ',', warn))
        {
            var subject = row.Required("subject");
            var date = row.RequiredDate("date");
            var name = row.Required("test");
            if (LabTests.Parse(name) is not { } test)
            {
                skip(new SkippedLab(subject, date, name, row.Optional("value"), $"'{name}' is not one of the CTCAE v5.0 lab terms Trek grades ({LabTests.KnownNames})", source, row.Line));
                continue;
            }

            var firstDose = row.OptionalDate("first_dose");
            LabGrade grade;
            int? baselineGrade;
            try
            {
                var value = LabValue.Parse(row.Required("value"), "column 'value'");
                var (unit, uln, lln, baseline) = (row.Optional("unit"), row.OptionalDecimal("uln"), row.OptionalDecimal("lln"), row.OptionalDecimal("baseline"));
                grade = CtcaeGrader.Grade(test, value, unit, uln, lln, baseline);

                // The baseline value's own grade, on the baseline-normal scale (an abnormal baseline is graded
                // against the ULN, not against itself), for the treatment-emergent rule (ToxicitySummary).
                baselineGrade = baseline is { } b ? CtcaeGrader.Grade(test, b, unit, uln, lln).Grade : null;
            }
            catch (InputException ex) when (!ex.Message.StartsWith(source, StringComparison.Ordinal))
            {
                throw row.Error(ex.Message);
            }

            yield return new LabResult(subject, date, grade, row.Line, firstDose is { } d && date <= d, baselineGrade);
        }
    }
}
