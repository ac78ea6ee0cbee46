namespace Trek.Cli;

/// <summary>The one place exit codes are defined; README "Exit codes" documents the same table.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command line is wrong: unknown option, missing argument.</summary>
    public const int Usage = 1;

    /// <summary>The input data are wrong: malformed, truncated, inconsistent or impossible values.</summary>
    public const int BadInput = 2;

    /// <summary>A file could not be read or written (missing, permission, disk full).</summary>
    public const int IoError = 3;

    /// <summary>A defect in Trek itself; the message asks the user to report it.</summary>
    public const int Internal = 70;
}
