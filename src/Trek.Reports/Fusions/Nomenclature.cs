namespace Trek.Reports.Fusions;

/// <summary>
/// Fusion names: HGNC `5'::3'` (Bruford et al. 2021) and the VICC gene fusion specification's exon-level assayed form,
/// `ENST00000396373(ETV6):e.5::ENST00000360948(NTRK3):e.15`, with `v` for a partner that was not identified.
/// </summary>
public static class Nomenclature
{
    public static string ExonLevel(FusionRecord c) => $"{Side(c.Transcript1, c.Gene1, c.Exon1)}::{Side(c.Transcript2, c.Gene2, c.Exon2)}";

    private static string Side(string? transcript, string? gene, int? exon) => (transcript, gene, exon) switch
    {
        (null, null, _) => "v",
        ({ } t, { } g, { } e) => $"{t}({g}):e.{e}",
        (_, { } g, _) => g,
        _ => "v",
    };
}
