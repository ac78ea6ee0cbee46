namespace Trek.Cli;

/// <summary>
/// The command line itself is wrong (missing or contradictory options). Exit code <see cref="ExitCodes.Usage"/>.
/// Only the CLI throws it: domain code throws <see cref="Trek.Core.InvalidParameterException"/>, which names the
/// parameter in domain words, and the CLI turns it into this, naming the option (<see cref="OptionErrors"/>).
/// </summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
