namespace Trek.Clinical.Resistance;

/// <summary>
/// A parsed variant: gene plus a protein change starting at <see cref="Reference"/><see cref="Position"/>, ending at
/// <see cref="EndReference"/><see cref="EndPosition"/> for ranges (deletions, insertions), or a gene amplification.
/// <see cref="Alternate"/> is the new residue of a substitution ('*' for nonsense, '=' synonymous), else null.
/// <see cref="Inserted"/> is the inserted residues of ins/delins as written, else null.
/// </summary>
public sealed record ProteinChange(
    string Input,
    string Gene,
    ChangeKind Kind,
    char? Reference,
    int? Position,
    char? Alternate,
    char? EndReference = null,
    int? EndPosition = null,
    string? Operation = null,
    string? Inserted = null)
{
    /// <summary>One-letter HGVS, e.g. "p.G595R", "p.G595*", "p.G595fs", "p.G595_F600del"; null for amplifications.</summary>
    public string? Hgvsp => HgvspAt(Position, EndPosition);

    /// <summary>The HGVS with the positions given (the reference isoform's numbering may differ from the input's).</summary>
    public string? HgvspAt(int? position, int? endPosition) => Kind switch
    {
        ChangeKind.Amplification => null,
        ChangeKind.Substitution or ChangeKind.Nonsense or ChangeKind.Synonymous => $"p.{Reference}{position}{Alternate}",
        ChangeKind.Frameshift => $"p.{Reference}{position}fs",
        _ => $"p.{Reference}{position}{(endPosition is { } e ? $"_{EndReference}{e}" : "")}{Operation}{Inserted}",
    };
}
