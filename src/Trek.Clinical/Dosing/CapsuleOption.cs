namespace Trek.Clinical.Dosing;

/// <summary>The dose as whole 100 mg and 25 mg capsules, offered only when within 10% of the calculated dose.</summary>
public sealed record CapsuleOption(decimal DoseMg, int Capsules100Mg, int Capsules25Mg, decimal DeviationPercent);
