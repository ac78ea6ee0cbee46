namespace Trek.Clinical.Rules;

/// <summary>One rule that shaped an answer, with the source a reviewer can check it against.</summary>
public sealed record AppliedRule(string Rule, string Source);
