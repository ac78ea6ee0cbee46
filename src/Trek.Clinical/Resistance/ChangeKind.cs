namespace Trek.Clinical.Resistance;

public enum ChangeKind
{
    /// <summary>A single-residue substitution, p.X123Y.</summary>
    Substitution,

    /// <summary>Gene amplification (e.g. "MET amplification"); there is no residue to validate.</summary>
    Amplification,
}
