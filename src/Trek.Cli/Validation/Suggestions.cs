using Trek.Core.Text;
namespace Trek.Cli.Validation;

/// <summary>"Did you mean": the closest known name to a mistyped one (edit distance, or one a prefix of the other), git style.</summary>
internal static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Distance(typed, k)))
            .Where(x => x.Distance <= Math.Max(1, typed.Length / 3) || (typed.TrimStart('-').Length > 2 && x.Name.StartsWith(typed, StringComparison.Ordinal)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name;
    }

    /// <summary>"; did you mean `x`?" or nothing.</summary>
    public static string Hint(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } name ? $"; did you mean `{name}`?" : "";

    /// <summary>Levenshtein distance, case-insensitive so `--Threads` finds `--threads`.</summary>
    public static int Distance(string a, string b) => EditDistance.Between(a.ToLowerInvariant(), b.ToLowerInvariant());
}
