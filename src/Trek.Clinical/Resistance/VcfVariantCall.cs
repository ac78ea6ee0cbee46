namespace Trek.Clinical.Resistance;

/// <summary>
/// One interpreted VCF record-gene pair: where it is (CHROM:POS, 1-based, and the file line), the alleles, the
/// FILTER value, the allele fraction with where it came from, and the interpretation.
/// </summary>
public sealed record VcfVariantCall(
    long Line,
    string Chrom,
    long Pos,
    string Ref,
    string Alt,
    string Filter,
    double? AlleleFraction,
    string AlleleFractionSource,
    ResistanceCall Call);
