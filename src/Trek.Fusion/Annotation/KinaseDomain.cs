namespace Trek.Fusion.Annotation;

/// <summary>A kinase domain as a peptide, to be found in the translation of a gene's transcripts.</summary>
public sealed record KinaseDomain(string Gene, string Name, string Peptide);
