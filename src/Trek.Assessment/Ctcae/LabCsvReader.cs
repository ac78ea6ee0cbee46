using Trek.Assessment.Csv;
using Trek.Core;

namespace Trek.Assessment.Ctcae;

/// <summary>
/// Reads and grades the lab CSV: subject,date,test,value,unit,uln,lln,baseline (unit, uln, lln and
/// baseline may be empty where the test does not need them). Streams: one graded row per input row.
/// </summary>
public static class LabCsvReader
{
    private static readonly string[] Columns = ["subject", "date", "test", "value", "unit", "uln", "lln", "baseline"];

    public static IEnumerable<LabResult> Read(TextReader reader, string source)
    {
        foreach (var row in CsvRecords.Read(reader, source, Columns))
        {
            var name = row.Required("test");
            var test = LabTests.Parse(name) ?? throw row.Error($"test '{name}' is not one of {LabTests.KnownNames}");
            LabGrade grade;
            try
            {
                grade = CtcaeGrader.Grade(test, row.RequiredDecimal("value"), row.Optional("unit"), row.OptionalDecimal("uln"), row.OptionalDecimal("lln"), row.OptionalDecimal("baseline"));
            }
            catch (InputException ex) when (!ex.Message.StartsWith(source, StringComparison.Ordinal))
            {
                throw row.Error(ex.Message);
            }

            yield return new LabResult(row.Required("subject"), row.RequiredDate("date"), grade, row.Line);
        }
    }
}
