using System.Globalization;
using Trek.Core;
using Trek.Core.Numbers;

namespace Trek.Cli.Commands.Trials;

/// <summary>Shared plumbing of the trial commands: number lists (output goes through <see cref="DocumentOptions"/>).</summary>
internal static class TrialsOutput
{
    /// <summary>
    /// Parses "12,36" into numbers in Trek's one number format (<see cref="StrictNumber"/>: no decimal comma, no
    /// exponent), naming the option on error. A list is split at commas, so "6,2" is the two numbers 6 and 2 and
    /// a decimal comma cannot be told apart: write 6.2.
    /// </summary>
    public static double[] Numbers(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return text.Split(',', StringSplitOptions.TrimEntries).Select(part =>
            StrictNumber.TryParse(part, out var v, out var problem)
                ? v
                : throw new UsageException($"{option}: {(part.Length == 0 ? $"empty item in '{text}' (give numbers separated by single commas)" : problem)}")).ToArray();
    }
}
