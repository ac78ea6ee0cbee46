using System.Text.Json.Serialization;

namespace Trek.Assessment.Ctcae;

/// <summary>
/// One line of the toxicity table: patients whose worst grade of the term is >= 1 (all grades) and 3-4,
/// as counts and percentages of all patients in the file. <see cref="NotGradable"/> counts patients with
/// values of the test but no decidable grade (for example counts above the grade 1 floor and no LLN).
/// </summary>
public sealed record ToxicityRow(
    string Term,
    string Test,
    int Patients,
    [property: JsonPropertyName("all_grades_n")] int AllGrades,
    decimal AllGradesPct,
    [property: JsonPropertyName("grade3_4_n")] int Grade3To4,
    [property: JsonPropertyName("grade3_4_pct")] decimal Grade3To4Pct,
    int Grade1,
    int Grade2,
    int Grade3,
    int Grade4,
    int NotGradable);
