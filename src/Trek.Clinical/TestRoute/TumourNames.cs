using System.Text;
using Trek.Core.Text;

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

    /// <summary>Levenshtein distance, for the nearest-match suggestions.</summary>
    public static int Distance(string a, string b) => EditDistance.Between(a, b);
}
