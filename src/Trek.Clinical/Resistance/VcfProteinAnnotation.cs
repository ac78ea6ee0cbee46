namespace Trek.Clinical.Resistance;

/// <summary>One protein-level annotation of a VCF record: gene symbol, HGVS protein text, transcript and the ALT allele it annotates.</summary>
public sealed record VcfProteinAnnotation(long Line, string Gene, string Hgvsp, string Feature, string Allele);
