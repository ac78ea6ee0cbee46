using Trek.Fusion.Output;

namespace Trek.Web.Domain;

/// <summary>
/// The registry's one name for a fusion call: the `fusion` column of `trek fusions` (5' gene, `::`, 3' gene), where
/// a 5' partner the caller could not identify is the TSV's missing value `.` (e.g. `.::ALK`). Pages add the words
/// "partner unknown" beside such a name; exports write the gene columns as their formats define.
/// </summary>
public static class FusionName
{
    /// <summary>`GENE1::GENE2`, or `.::GENE2` when the 5' partner is unknown (null or ".").</summary>
    public static string Of(string? gene1, string gene2) => $"{(string.IsNullOrEmpty(gene1) ? FusionFormat.Missing : gene1)}::{gene2}";

    /// <summary>True when the 5' partner was not identified (stored as ".").</summary>
    public static bool PartnerUnknown(string gene1) => gene1 == FusionFormat.Missing;
}
