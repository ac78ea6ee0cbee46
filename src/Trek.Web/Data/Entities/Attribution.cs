namespace Trek.Web.Data.Entities;

/// <summary>
/// Attribution of an adverse event to the study drug, the five-level scale of NCI CTEP adverse-event
/// reporting. Possible, probable and definite count as treatment-related (seed Table 4).
/// </summary>
public enum Attribution
{
    Unrelated,
    Unlikely,
    Possible,
    Probable,
    Definite,
}
