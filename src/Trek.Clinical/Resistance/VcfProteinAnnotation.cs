namespace Trek.Clinical.Resistance;

/// <summary>One protein-level annotation of a VCF record: gene symbol and HGVS protein text (snpEff ANN or VEP CSQ).</summary>
public sealed record VcfProteinAnnotation(long Line, string Gene, string Hgvsp, string Feature);
