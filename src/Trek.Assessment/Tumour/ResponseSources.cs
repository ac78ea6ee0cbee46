namespace Trek.Assessment.Tumour;

/// <summary>
/// The source a response reason cites, by criteria (issue 16: RANO reasons cited RECIST 1.1 sections). RECIST 1.1:
/// Eisenhauer EA et al., Eur J Cancer 2009;45:228-47, by section. RANO 2010: Wen PY et al., J Clin Oncol
/// 2010;28:1963-72, whose Table 2 holds the response criteria (CR and PR sustained for at least 4 weeks, PD at +25 %
/// in the sum of products, any new lesion, unequivocal non-measurable progression, clinical deterioration). RANO 2.0:
/// Wen PY et al., J Clin Oncol 2023;41:5187-99. A rule Trek takes from RECIST that RANO does not restate (a missing
/// measurement, backdating an equivocal new lesion) says so.
/// </summary>
public static class ResponseSources
{
    /// <summary>The RECIST 1.1 section for RECIST; "RANO 2010 <paramref name="rano2010"/>" or "RANO 2.0" for RANO.</summary>
    public static string Cite(ResponseCriteria criteria, string recist, string rano2010 = "Table 2") => criteria switch
    {
        ResponseCriteria.Recist11 => recist,
        ResponseCriteria.Rano => $"RANO 2010 {rano2010}",
        _ => "RANO 2.0",
    };

    /// <summary>A RECIST rule Trek also applies under RANO, which does not state it: named as such.</summary>
    public static string Borrowed(ResponseCriteria criteria, string recist) => criteria switch
    {
        ResponseCriteria.Recist11 => recist,
        ResponseCriteria.Rano => $"{recist} rule, applied to RANO 2010",
        _ => $"{recist} rule, applied to RANO 2.0",
    };
}
