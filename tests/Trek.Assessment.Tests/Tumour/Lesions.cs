using Trek.Assessment.Tumour;

namespace Trek.Assessment.Tests.Tumour;

/// <summary>Builds lesion CSV text and runs it through the real reader and assessor (no fakes).</summary>
internal static class Lesions
{
    public const string Header = "subject,date,lesion,kind,organ,node,diameter_mm,status";
    public const string RanoHeader = "subject,date,lesion,kind,organ,node,diameter_mm,status,diameter2_mm,steroid_dose_mg,clinical_status";

    public static IReadOnlyList<SubjectResponse> Assess(ResponseCriteria criteria, params string[] rows)
    {
        var header = criteria == ResponseCriteria.Recist11 ? Header : RanoHeader;
        var text = header + "\n" + string.Join("\n", rows) + "\n";
        var records = LesionCsvReader.Read(new StringReader(text), "lesions.csv", criteria, w => throw new InvalidOperationException(w));
        return ResponseAssessor.Assess(records, "lesions.csv", new ResponseOptions(criteria));
    }

    public static SubjectResponse One(params string[] rows) => Assess(ResponseCriteria.Recist11, rows).Single();

    /// <summary>ISO date <paramref name="day"/> days after 2024-01-01 (baseline = first dose in these tests).</summary>
    public static string Day(int day) => new DateOnly(2024, 1, 1).AddDays(day).ToString("yyyy-MM-dd");

    /// <summary>One RECIST target row.</summary>
    public static string T(int day, string lesion, decimal mm, string organ = "lung", bool node = false, string subject = "S1") =>
        $"{subject},{Day(day)},{lesion},target,{organ},{(node ? "yes" : "no")},{mm.ToString(System.Globalization.CultureInfo.InvariantCulture)},";
}
