namespace Trek.IO.Kinases;

/// <summary>
/// A kinase domain to be found in the translation of a gene's transcripts: either its peptide, or (Peptide
/// empty) its residue span [<see cref="Start"/>, <see cref="End"/>] (1-based, inclusive) on the canonical protein
/// of <see cref="ProteinLength"/> residues, from which the peptide is cut once a transcript of that length is found.
/// </summary>
public sealed record KinaseDomain(string Gene, string Name, string Peptide, int ProteinLength = 0, int Start = 0, int End = 0)
{
    /// <summary>The protein the span is numbered on (RefSeq or UniProt accession, column protein_accession), or null when the table gives none.</summary>
    public string? Accession { get; init; }
}
