namespace Trek.Clinical.Resistance;

/// <summary>Resistance mechanism class; JSON spells these snake_case (solvent_front, gatekeeper, xdfg, nonsense, ...).</summary>
public enum MutationClass
{
    SolventFront,
    Gatekeeper,
    Xdfg,
    KinaseOther,
    OffTarget,

    /// <summary>A stop codon: protein truncated there (p.X123*).</summary>
    Nonsense,

    /// <summary>A frameshift: protein altered from there on, then truncated (p.X123fs).</summary>
    Frameshift,

    /// <summary>In-frame loss of one or more residues (p.X123del, p.X123_Z128del).</summary>
    InframeDeletion,

    /// <summary>In-frame gain of residues (ins, dup, delins).</summary>
    InframeInsertion,

    /// <summary>No amino-acid change.</summary>
    Synonymous,

    Unknown,
}
