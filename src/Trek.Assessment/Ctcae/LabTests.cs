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
        "GGT" or "GAMMAGT" or "GGTP" => LabTest.Ggt,
        "ALP" or "ALKPHOS" or "ALK_PHOS" => LabTest.Alp,
        "LYMPH" or "ALC" or "LYMPHOCYTES" => LabTest.Lymphocytes,
        "CPK" or "CK" => LabTest.Cpk,
        "ALB" or "ALBUMIN" => LabTest.Albumin,
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
        LabTest.Haemoglobin => "HGB",
        LabTest.Ggt => "GGT",
        LabTest.Alp => "ALP",
        LabTest.Lymphocytes => "LYMPH",
        LabTest.Cpk => "CPK",
        _ => "ALB",
    };

    /// <summary>The CTCAE v5.0 term (Investigations / Blood and lymphatic system / Metabolism and nutrition disorders).</summary>
    public static string Term(this LabTest test) => test switch
    {
        LabTest.Alt => "Alanine aminotransferase increased",
        LabTest.Ast => "Aspartate aminotransferase increased",
        LabTest.Bilirubin => "Blood bilirubin increased",
        LabTest.Creatinine => "Creatinine increased",
        LabTest.Anc => "Neutrophil count decreased",
        LabTest.Wbc => "White blood cell decreased",
        LabTest.Platelets => "Platelet count decreased",
        LabTest.Haemoglobin => "Anemia",
        LabTest.Ggt => "GGT increased",
        LabTest.Alp => "Alkaline phosphatase increased",
        LabTest.Lymphocytes => "Lymphocyte count decreased",
        LabTest.Cpk => "CPK increased",
        _ => "Hypoalbuminemia",
    };

    public static string DefaultUnit(this LabTest test) => test switch
    {
        LabTest.Alt or LabTest.Ast or LabTest.Ggt or LabTest.Alp or LabTest.Cpk => "U/L",
        LabTest.Bilirubin or LabTest.Creatinine => "mg/dL",
        LabTest.Haemoglobin or LabTest.Albumin => "g/dL",
        _ => "10^9/L",
    };

    /// <summary>True for the "... increased" terms graded upward (by ULN or baseline multiples).</summary>
    public static bool Increases(this LabTest test) =>
        test is LabTest.Alt or LabTest.Ast or LabTest.Bilirubin or LabTest.Creatinine or LabTest.Ggt or LabTest.Alp or LabTest.Cpk;

    public const string KnownNames = "ALT, AST, BILI, CREAT, GGT, ALP, CPK, ANC, WBC, LYMPH, PLT, HGB, ALB";
}
