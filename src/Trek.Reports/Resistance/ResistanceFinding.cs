using Trek.Clinical.Resistance;

namespace Trek.Reports.Resistance;

/// <summary>One interpreted variant; <see cref="Located"/> carries the VCF record (position, alleles, FILTER, allele fraction) when it came from one.</summary>
public sealed record ResistanceFinding(ResistanceCall Call, VcfVariantCall? Located);
