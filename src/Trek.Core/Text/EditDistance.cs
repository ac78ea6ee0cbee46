namespace Trek.Core.Text;

/// <summary>
/// Levenshtein distance, the one implementation behind every "did you mean" (options, column names, tumour
/// names). The strings are short (names, keys), so the plain two-row dynamic programme is enough.
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>True when the distance is at most <paramref name="limit"/>; strings whose lengths differ by more are not compared.</summary>
    public static bool AtMost(string a, string b, int limit) =>
        Math.Abs(a.Length - b.Length) <= limit && Between(a, b) <= limit;
}
