namespace Trek.Assessment.Tumour;

/// <summary>The printed code of a <see cref="ResponseCategory"/> (same spelling as the JSON).</summary>
public static class ResponseCodes
{
    public static string Code(this ResponseCategory response) => response switch
    {
        ResponseCategory.CompleteResponse => "CR",
        ResponseCategory.PartialResponse => "PR",
        ResponseCategory.StableDisease => "SD",
        ResponseCategory.NonCrNonPd => "NON-CR/NON-PD",
        ResponseCategory.ProgressiveDisease => "PD",
        _ => "NE",
    };

    public static string Code(this ResponseCategory? response) => response is { } r ? r.Code() : ".";
}
