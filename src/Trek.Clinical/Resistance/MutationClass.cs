namespace Trek.Clinical.Resistance;

/// <summary>Resistance mechanism class; JSON spells these snake_case (solvent_front, gatekeeper, xdfg, ...).</summary>
public enum MutationClass
{
    SolventFront,
    Gatekeeper,
    Xdfg,
    KinaseOther,
    OffTarget,
    Unknown,
}
