namespace Trek.Core;

/// <summary>
/// A parameter a caller chose (not a record of an input file) has a value the domain cannot use: an unknown
/// confidence-interval type, an excluded sample that is not in the sheet, an empty output path. The message
/// names the parameter in domain words, never a command-line option: the CLI maps it to a usage error and
/// names its option (<c>--conf-type</c>), a web app to a 400 naming its field.
/// </summary>
public sealed class InvalidParameterException : Exception
{
    /// <param name="parameter">The parameter in domain words, e.g. "confidence interval type".</param>
    /// <param name="problem">What is wrong with its value, worded to follow the parameter, e.g. "must be log, log-log or plain (got 'x')".</param>
    public InvalidParameterException(string parameter, string problem)
        : base($"{parameter} {problem}")
    {
        Parameter = parameter;
        Problem = problem;
    }

    /// <summary>The parameter in domain words.</summary>
    public string Parameter { get; }

    /// <summary>What is wrong, without the parameter's name, so a caller can put its own name for it in front.</summary>
    public string Problem { get; }
}
