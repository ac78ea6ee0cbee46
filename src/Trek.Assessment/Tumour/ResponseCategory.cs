using System.Text.Json.Serialization;

namespace Trek.Assessment.Tumour;

/// <summary>
/// Time-point and best overall response categories (RECIST 1.1 §4.4, Tables 1-3; RANO 2010 Table 2).
/// JSON and TSV use the codes the criteria print (CR, PR, SD, NON-CR/NON-PD, PD, NE).
/// </summary>
public enum ResponseCategory
{
    [JsonStringEnumMemberName("CR")]
    CompleteResponse,

    [JsonStringEnumMemberName("PR")]
    PartialResponse,

    [JsonStringEnumMemberName("SD")]
    StableDisease,

    /// <summary>Only for patients with non-target disease alone (RECIST 1.1 Table 2).</summary>
    [JsonStringEnumMemberName("NON-CR/NON-PD")]
    NonCrNonPd,

    [JsonStringEnumMemberName("PD")]
    ProgressiveDisease,

    [JsonStringEnumMemberName("NE")]
    NotEvaluable,
}
