using System.Text.Json.Serialization;

namespace Trek.Clinical.Dosing;

/// <summary>The dose as whole 100 mg and 25 mg capsules, offered only when within 10% of the calculated dose.</summary>
public sealed record CapsuleOption(
    decimal DoseMg,
    [property: JsonPropertyName("capsules_100_mg")] int Capsules100Mg,
    [property: JsonPropertyName("capsules_25_mg")] int Capsules25Mg,
    decimal DeviationPercent);
