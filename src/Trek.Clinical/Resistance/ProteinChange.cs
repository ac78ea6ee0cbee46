namespace Trek.Clinical.Resistance;

/// <summary>A parsed variant: gene plus a single-residue substitution, or a gene amplification.</summary>
public sealed record ProteinChange(string Input, string Gene, ChangeKind Kind, char? Reference, int? Position, char? Alternate)
{
    /// <summary>One-letter HGVS, e.g. "p.G595R"; null for amplifications.</summary>
    public string? Hgvsp => Kind == ChangeKind.Substitution ? $"p.{Reference}{Position}{Alternate}" : null;
}
