using Trek.IO.Tables;

namespace Trek.Assessment.Tumour;

/// <summary>
/// Reads the lesion CSV (docs/assessment.md "Lesion CSV"). Required columns:
/// subject,date,lesion,kind,organ,node,diameter_mm,status; RANO adds diameter2_mm, steroid_dose_mg and
/// clinical_status. Optional: first_dose (ISO date; default = the subject's baseline date).
/// </summary>
public static class LesionCsvReader
{
    private static readonly string[] RecistColumns = ["subject", "date", "lesion", "kind", "organ", "node", "diameter_mm", "status"];
    private static readonly string[] RanoColumns = [.. RecistColumns, "diameter2_mm", "steroid_dose_mg", "clinical_status"];
    private static readonly TableSchema Recist = new(RecistColumns, ["first_dose", "diameter2_mm", "steroid_dose_mg", "clinical_status"]);
    private static readonly TableSchema RanoSchema = new(RanoColumns, ["first_dose"]);

    /// <param name="warn">Receives a line per header column the reader does not use (TableReader).</param>
    public static IEnumerable<LesionRecord> Read(TextReader reader, string source, ResponseCriteria criteria, Action<string> warn)
    {
        var rano = criteria != ResponseCriteria.Recist11;
        foreach (var row in TableReader.Read(reader, source, rano ? RanoSchema : Recist, ',', warn))
        {
            var kind = ParseKind(row);
            var node = ParseNode(row);
            var diameter = row.OptionalDecimal("diameter_mm");
            var diameter2 = row.OptionalDecimal("diameter2_mm");
            if (diameter < 0 || diameter2 < 0)
            {
                throw row.Error("diameters cannot be negative");
            }

            var status = ParseStatus(row, kind);
            var steroid = row.OptionalDecimal("steroid_dose_mg");
            if (steroid < 0)
            {
                throw row.Error("steroid_dose_mg cannot be negative");
            }

            yield return new LesionRecord(
                row.Required("subject"),
                row.RequiredDate("date"),
                row.Required("lesion"),
                kind,
                row.Optional("organ") ?? "",
                node,
                diameter,
                diameter2,
                status,
                steroid,
                ParseClinical(row),
                row.OptionalDate("first_dose"),
                row.Line);
        }
    }

    private static LesionKind ParseKind(TableRow row) => row.Required("kind").ToLowerInvariant() switch
    {
        "target" => LesionKind.Target,
        "nontarget" or "non-target" or "non_target" => LesionKind.NonTarget,
        "new" => LesionKind.New,
        var other => throw row.Error($"kind '{other}' is not target, nontarget or new"),
    };

    private static bool ParseNode(TableRow row) => (row.Optional("node") ?? "no").ToLowerInvariant() switch
    {
        "yes" or "y" or "true" or "1" => true,
        "no" or "n" or "false" or "0" => false,
        var other => throw row.Error($"node '{other}' is not yes or no"),
    };

    private static LesionStatus? ParseStatus(TableRow row, LesionKind kind)
    {
        var text = row.Optional("status")?.ToLowerInvariant();
        LesionStatus? status = text switch
        {
            null => null,
            "present" => LesionStatus.Present,
            "absent" => LesionStatus.Absent,
            "progression" or "unequivocal progression" or "pd" => LesionStatus.Progression,
            "equivocal" => LesionStatus.Equivocal,
            _ => throw row.Error($"status '{text}' is not present, absent, progression or equivocal"),
        };
        if (kind == LesionKind.NonTarget && status == LesionStatus.Equivocal)
        {
            throw row.Error("status 'equivocal' applies to new lesions only; a non-target lesion is present, absent or progression");
        }

        if (kind == LesionKind.New && status is LesionStatus.Absent or LesionStatus.Progression)
        {
            throw row.Error($"a new lesion is present or equivocal, not '{text}'");
        }

        return status;
    }

    private static ClinicalStatus? ParseClinical(TableRow row) => row.Optional("clinical_status")?.ToLowerInvariant() switch
    {
        null => null,
        "improved" => ClinicalStatus.Improved,
        "stable" => ClinicalStatus.Stable,
        "worse" or "deteriorated" => ClinicalStatus.Worse,
        var other => throw row.Error($"clinical_status '{other}' is not improved, stable or worse"),
    };
}
