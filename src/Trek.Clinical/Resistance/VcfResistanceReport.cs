namespace Trek.Clinical.Resistance;

/// <summary>
/// `trek resistance --vcf`: calls from records that pass FILTER (PASS or "."), calls from records that fail it
/// (reported apart, never mixed with the passing ones), and the refused records with the reason.
/// </summary>
public sealed record VcfResistanceReport(
    string Source,
    long RecordsRead,
    long RecordsAnnotated,
    IReadOnlyList<VcfVariantCall> Passing,
    IReadOnlyList<VcfVariantCall> FailingFilter,
    IReadOnlyList<VcfRefusal> Refused);
