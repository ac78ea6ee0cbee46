namespace Trek.Clinical.TestRoute;

/// <summary>How the tumour type changes the testing route (ESMO 2019; Albert et al. 2019).</summary>
public enum TumourGroup
{
    /// <summary>NTRK fusions highly recurrent: infantile fibrosarcoma, cellular CMN, secretory breast carcinoma, MASC.</summary>
    HighRecurrence,

    /// <summary>Tissue with physiological TRK expression (neural, smooth muscle): pan-TRK IHC is unreliable.</summary>
    PhysiologicalTrk,

    Other,
}
