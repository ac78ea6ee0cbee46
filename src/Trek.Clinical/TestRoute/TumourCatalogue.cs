namespace Trek.Clinical.TestRoute;

/// <summary>
/// Recognises tumour types by key phrase. High recurrence: ESMO 2019 and Albert et al. 2019 (IFS, cellular CMN,
/// secretory breast carcinoma, MASC). Physiological TRK expression in neural and smooth-muscle tissue makes pan-TRK
/// IHC unreliable (ESMO 2019, IHC section).
/// </summary>
public static class TumourCatalogue
{
    private static readonly string[] HighRecurrence =
    [
        "infantile fibrosarcoma", "congenital fibrosarcoma", "mesoblastic nephroma", "secretory breast", "secretory carcinoma",
        "mammary analogue secretory", "mammary analog secretory", "masc",
    ];

    private static readonly string[] Physiological =
    [
        "glioma", "glioblastoma", "astrocytoma", "ependymoma", "neuroblastoma", "ganglioneuroblastoma", "ganglioglioma",
        "medulloblastoma", "schwannoma", "neurofibroma", "nerve sheath", "mpnst", "leiomyosarcoma", "leiomyoma",
        "smooth muscle", "gastrointestinal stromal", "gist",
    ];

    public static TumourGroup Classify(string tumour)
    {
        var words = " " + tumour.ToLowerInvariant().Replace('_', ' ').Replace('-', ' ') + " ";
        if (HighRecurrence.Any(k => words.Contains(k.Length <= 4 ? $" {k} " : k, StringComparison.Ordinal)))
        {
            return TumourGroup.HighRecurrence;
        }

        return Physiological.Any(k => words.Contains(k.Length <= 4 ? $" {k} " : k, StringComparison.Ordinal))
            ? TumourGroup.PhysiologicalTrk
            : TumourGroup.Other;
    }
}
