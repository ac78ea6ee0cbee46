namespace Trek.Assessment.Ctcae;

/// <summary>The laboratory tests Trek grades by CTCAE v5.0 (NCI, 27 Nov 2017); see <see cref="LabTests"/> for the terms.</summary>
public enum LabTest
{
    Alt,
    Ast,
    Bilirubin,
    Creatinine,
    Anc,
    Wbc,
    Platelets,
    Haemoglobin,
    Ggt,
    Alp,
    Lymphocytes,
    Cpk,
    Albumin,
}
