namespace Trek.Reports.Fusions;

/// <summary>
/// Fusion names: HGNC `5'::3'` (Bruford et al. 2021) and the VICC gene fusion specification's exon-level assayed form,
/// `ENST00000396373(ETV6):e.5::ENST00000360948(NTRK3):e.15`, with `?` for a partner that was not identified.
/// The specification writes an assayed fusion's unidentified partner as `?` (UnknownGeneElement) and keeps `v`
/// (MultiplePossibleGenesElement) for categorical fusions such as "ALK fusions with any partner" (VICC Gene Fusion
/// Specification, nomenclature section; FUSOR's generate_nomenclature maps the two elements to `?` and `v`); a Trek call
/// is an assayed fusion, so `v` would claim a category where there is one unidentified gene.
/// </summary>
public static class Nomenclature
{
    public static string ExonLevel(FusionRecord c) => $"{Side(c.Transcript1, c.Gene1, c.Exon1)}::{Side(c.Transcript2, c.Gene2, c.Exon2)}";

    private static string Side(string? transcript, string? gene, int? exon) => (transcript, gene, exon) switch
    {
        (null, null, _) => "?",
        ({ } t, { } g, { } e) => $"{t}({g}):e.{e}",
        (_, { } g, _) => g,
        _ => "?",
    };
}
