namespace Trek.Core;

/// <summary>The command line itself is wrong (missing or contradictory options). Exit code <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
