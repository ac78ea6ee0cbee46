using System.Text.Json.Serialization;

namespace Trek.Assessment.Tumour;

/// <summary>Which published criteria derive the response.</summary>
public enum ResponseCriteria
{
    /// <summary>RECIST 1.1: Eisenhauer EA et al., Eur J Cancer 2009;45:228-247.</summary>
    [JsonStringEnumMemberName("recist1.1")]
    Recist11,

    /// <summary>RANO 2010: Wen PY et al., J Clin Oncol 2010;28:1963-1972.</summary>
    [JsonStringEnumMemberName("rano")]
    Rano,

    /// <summary>RANO 2.0: Wen PY et al., J Clin Oncol 2023;41:5187-5199.</summary>
    [JsonStringEnumMemberName("rano2")]
    Rano2,
}
