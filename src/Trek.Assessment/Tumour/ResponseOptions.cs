namespace Trek.Assessment.Tumour;

/// <summary>
/// Settings of a response derivation. <see cref="ConfirmationDays"/>: a CR/PR counts only when a repeat
/// assessment at least this many days later confirms it (RECIST 1.1 §4.6.1: "no less than 4 weeks").
/// <see cref="SdMinimumDays"/>: an SD counts for best response only at or after this many days from first
/// dose (RECIST 1.1 §4.6.1 leaves it to the protocol, "in general not less than 6-8 weeks").
/// </summary>
public sealed record ResponseOptions(ResponseCriteria Criteria, int ConfirmationDays = 28, int SdMinimumDays = 42)
{
    public bool IsRano => Criteria is ResponseCriteria.Rano or ResponseCriteria.Rano2;
}
