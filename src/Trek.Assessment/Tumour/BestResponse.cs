namespace Trek.Assessment.Tumour;

/// <summary>Best overall response of one subject with its dates and the reason in words.</summary>
public sealed record BestResponse(
    ResponseCategory Confirmed,
    DateOnly? Date,
    string Reason,
    ResponseCategory Unconfirmed,
    DateOnly? FirstResponseDate,
    DateOnly? ConfirmationDate);
