using Trek.Core;
using Trek.IO.Tables;

namespace Trek.Assessment.Ctcae;

/// <summary>
/// Reads and grades the lab CSV: subject,date,test,value,unit,uln,lln,baseline (unit, uln, lln and
/// baseline may be empty where the test does not need them). Streams: one graded row per input row.
/// </summary>
public static class LabCsvReader
{
    private static readonly TableSchema Schema = new(["subject", "date", "test", "value", "unit", "uln", "lln", "baseline"], []);

    /// <param name="warn">Receives a line per header column the reader does not use (TableReader).</param>
    public static IEnumerable<LabResult> Read(TextReader reader, string source, Action<string> warn)
    {
        foreach (var row in TableReader.Read(reader, source, Schema, ',', warn))
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
