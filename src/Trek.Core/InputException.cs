namespace Trek.Core;

/// <summary>
/// Bad input from the user: a malformed record, an impossible value, a file that does not match.
/// The CLI prints <see cref="Exception.Message"/> as one line and exits with its bad-input code (2);
/// no stack trace is shown, because the fix is in the input, not in Trek.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Where the problem is: a file name (or "-") and, when known, a 1-based record or line number.</summary>
    public static InputException At(string source, long? line, string what, Exception? inner = null)
    {
        var where = line is { } n ? $"{source}:{n}" : source;
        return inner is null ? new InputException($"{where}: {what}") : new InputException($"{where}: {what}", inner);
    }
}
