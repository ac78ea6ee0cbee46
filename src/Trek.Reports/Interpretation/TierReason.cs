namespace Trek.Reports.Interpretation;

/// <summary>Why a tier was, or could not be, assigned.</summary>
public enum TierReason
{
    /// <summary>Oncogenic NTRK fusion in a solid tumour: FDA-approved therapy in this tumour type (level A).</summary>
    ApprovedInSolidTumour,

    /// <summary>Oncogenic NTRK fusion in a haematological tumour: approved in a different tumour type (level C).</summary>
    ApprovedInOtherTumourType,

    /// <summary>Oncogenic NTRK fusion but the tumour class is not stated: the tier depends on it.</summary>
    TumourClassUnknown,

    /// <summary>The call does not establish an oncogenic fusion; confirmation comes first.</summary>
    NeedsConfirmation,

    /// <summary>The structure cannot make a TRK kinase fusion: a variant of unknown significance.</summary>
    UnknownSignificance,
}
