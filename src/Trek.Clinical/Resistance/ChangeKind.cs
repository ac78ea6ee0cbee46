namespace Trek.Clinical.Resistance;

public enum ChangeKind
{
    /// <summary>A single-residue substitution, p.X123Y.</summary>
    Substitution,

    /// <summary>No amino-acid change, p.X123= (or p.X123X).</summary>
    Synonymous,

    /// <summary>A stop codon in place of a residue: p.X123*, p.Xaa123Ter.</summary>
    Nonsense,

    /// <summary>A frameshift starting at a residue: p.X123fs, p.X123Yfs*12, p.Xaa123YaafsTer12.</summary>
    Frameshift,

    /// <summary>In-frame deletion of one residue or a range: p.X123del, p.X123_Z128del.</summary>
    InFrameDeletion,

    /// <summary>In-frame insertion, duplication or deletion-insertion: p.X123_Z124insW, p.X123dup, p.X123_Z128delinsW.</summary>
    InFrameInsertion,

    /// <summary>Gene amplification (e.g. "MET amplification"); there is no residue to validate.</summary>
    Amplification,
}
