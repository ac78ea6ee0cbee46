namespace Trek.Assessment.Tumour;

/// <summary>The RANO `clinical_status` column: clinical deterioration not explained otherwise is PD (RANO 2010 Table 2).</summary>
public enum ClinicalStatus
{
    Improved,
    Stable,
    Worse,
}
