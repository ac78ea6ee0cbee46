namespace Trek.Assessment.Ctcae;

/// <summary>Names, CTCAE v5.0 terms and canonical units of <see cref="LabTest"/>.</summary>
public static class LabTests
{
    public static LabTest? Parse(string name) => name.Trim().ToUpperInvariant() switch
    {
        "ALT" or "ALAT" or "SGPT" => LabTest.Alt,
        "AST" or "ASAT" or "SGOT" => LabTest.Ast,
        "BILI" or "TBILI" or "BILIRUBIN" => LabTest.Bilirubin,
        "CREAT" or "CREATININE" => LabTest.Creatinine,
        "ANC" or "NEUT" or "NEUTROPHILS" => LabTest.Anc,
        "WBC" or "LEUKOCYTES" or "LEUK" => LabTest.Wbc,
        "PLT" or "PLAT" or "PLATELETS" => LabTest.Platelets,
        "HGB" or "HB" or "HAEMOGLOBIN" or "HEMOGLOBIN" => LabTest.Haemoglobin,
        _ => null,
    };

    public static string Code(this LabTest test) => test switch
    {
        LabTest.Alt => "ALT",
        LabTest.Ast => "AST",
        LabTest.Bilirubin => "BILI",
        LabTest.Creatinine => "CREAT",
        LabTest.Anc => "ANC",
        LabTest.Wbc => "WBC",
        LabTest.Platelets => "PLT",
        _ => "HGB",
    };

    /// <summary>The CTCAE v5.0 term (Investigations / Blood and lymphatic system disorders).</summary>
    public static string Term(this LabTest test) => test switch
    {
        LabTest.Alt => "Alanine aminotransferase increased",
        LabTest.Ast => "Aspartate aminotransferase increased",
        LabTest.Bilirubin => "Blood bilirubin increased",
        LabTest.Creatinine => "Creatinine increased",
        LabTest.Anc => "Neutrophil count decreased",
        LabTest.Wbc => "White blood cell decreased",
        LabTest.Platelets => "Platelet count decreased",
        _ => "Anemia",
    };

    public static string DefaultUnit(this LabTest test) => test switch
    {
        LabTest.Alt or LabTest.Ast => "U/L",
        LabTest.Bilirubin or LabTest.Creatinine => "mg/dL",
        LabTest.Haemoglobin => "g/dL",
        _ => "10^9/L",
    };

    public const string KnownNames = "ALT, AST, BILI, CREAT, ANC, WBC, PLT, HGB";
}
