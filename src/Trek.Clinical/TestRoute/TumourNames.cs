using System.Text;

namespace Trek.Clinical.TestRoute;

/// <summary>
/// Normalises a tumour name for lookup: lower case; punctuation (- _ , / ( ) ' . and typographic quotes) as
/// spaces; runs of spaces collapsed; British spellings as American (tumour, paediatric, analogue, oesophageal),
/// because OncoTree is written in American English and pathologists write both.
/// </summary>
public static class TumourNames
{
    private static readonly (string British, string American)[] Spellings =
    [
        ("tumour", "tumor"), ("paediatric", "pediatric"), ("analogue", "analog"), ("oesophag", "esophag"), ("haem", "hem"),
    ];

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            sb.Append(c is '-' or '_' or ',' or '/' or '(' or ')' or '\'' or '.' or '\u2019' or '\u2018' or '\u2013' or '\u2010' || char.IsWhiteSpace(c) ? ' ' : c);
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        foreach (var (british, american) in Spellings)
        {
            joined = joined.Replace(british, american, StringComparison.Ordinal);
        }

        return joined;
    }

    /// <summary>Levenshtein distance, for the nearest-match suggestions (names are short; no need for anything faster).</summary>
    public static int Distance(string a, string b)
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
}
