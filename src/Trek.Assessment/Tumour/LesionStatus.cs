namespace Trek.Assessment.Tumour;

/// <summary>
/// The `status` column. Non-target lesions: present / absent / progression (unequivocal progression,
/// RECIST 1.1 §4.3.3-4.3.4). New lesions: present (unequivocal, the default) or equivocal (§4.3.5).
/// </summary>
public enum LesionStatus
{
    Present,
    Absent,
    Progression,
    Equivocal,
}
