using Trek.Core;

namespace Trek.Cli;

/// <summary>
/// Puts the command-line option's name on a domain parameter error: the domain says "confidence interval type
/// must be log, log-log or plain", the user typed <c>--conf-type</c>, so the user reads
/// "--conf-type must be log, log-log or plain" and exits with <see cref="ExitCodes.Usage"/>.
/// </summary>
public static class OptionErrors
{
    /// <summary>Runs <paramref name="use"/>; an <see cref="InvalidParameterException"/> becomes a <see cref="UsageException"/> naming <paramref name="option"/>.</summary>
    public static T For<T>(string option, Func<T> use)
    {
        try
        {
            return use();
        }
        catch (InvalidParameterException ex)
        {
            throw new UsageException($"{option} {ex.Problem}", ex);
        }
    }
}
