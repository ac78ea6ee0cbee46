using Trek.Core;

namespace Trek.Trials.Survival;

/// <summary>Parses and prints <see cref="ConfidenceType"/> with R's spellings ("log", "log-log", "plain").</summary>
public static class ConfidenceTypes
{
    /// <exception cref="InvalidParameterException">The text is none of R's spellings.</exception>
    public static ConfidenceType Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "log" => ConfidenceType.Log,
        "log-log" or "loglog" => ConfidenceType.LogLog,
        "plain" or "linear" => ConfidenceType.Plain,
        _ => throw new InvalidParameterException("confidence interval type", $"must be log, log-log or plain (got '{text}')"),
    };

    public static string Name(ConfidenceType type) => type switch
    {
        ConfidenceType.Log => "log",
        ConfidenceType.LogLog => "log-log",
        _ => "plain",
    };
}
