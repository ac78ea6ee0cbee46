namespace Trek.Clinical.Resistance;

/// <summary>
/// One canonical TRK protein with its resistance hotspots, located from conserved motifs rather than typed in:
/// gatekeeper F of VFEYM, solvent-front G of HGDLN, and the residue before DFG (xDFG).
/// </summary>
public sealed record TrkProtein(
    string Gene,
    string Protein,
    string Accession,
    string Sequence,
    int KinaseStart,
    int KinaseEnd)
{
    public int Length => Sequence.Length;

    /// <summary>"NP_002521.2 (TRKC, 825 aa)": the isoform named beside every position Trek prints.</summary>
    public string Isoform => $"{Accession} ({Protein}, {Length} aa)";

    public int Gatekeeper => MotifPosition("VFEYM", 1);

    public int SolventFront => MotifPosition("HGDLN", 1);

    public int Xdfg => MotifPosition("DFG", -1);

    /// <summary>The 1-based residue at <paramref name="position"/>.</summary>
    public char ResidueAt(int position) => Sequence[position - 1];

    public bool InKinaseDomain(int position) => position >= KinaseStart && position <= KinaseEnd;

    private int MotifPosition(string motif, int offset)
    {
        var at = Sequence.IndexOf(motif, StringComparison.Ordinal);
        if (at < 0 || Sequence.IndexOf(motif, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"{Protein}: motif {motif} is not unique in the embedded sequence");
        }

        return at + offset + 1;
    }
}
