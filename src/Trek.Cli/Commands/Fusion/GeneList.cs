namespace Trek.Cli.Commands.Fusion;

/// <summary>
/// A gene list given as "A,B,C" or as the path of a file with one gene per line (# comments allowed).
/// Refused rather than guessed: an empty value (it would mean "all genes"), a value that looks like a
/// path but names no file (a mistyped panel file would otherwise become a gene called "panel.txt"),
/// and a name with spaces.
/// </summary>
internal static class GeneList
{
    private static readonly string[] FileEndings = [".txt", ".tsv", ".csv", ".list", ".lst", ".genes"];

    public static IReadOnlyList<string>? Parse(string? value, string option = "--genes")
    {
        if (value is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new UsageException($"{option}: the gene list is empty (leave the option out to use the default)");
        }

        var isFile = File.Exists(value);
        if (!isFile && (value.Contains('/') || value.Contains('\\') || FileEndings.Any(e => value.EndsWith(e, StringComparison.OrdinalIgnoreCase))))
        {
            throw new FileNotFoundException($"{option} {value}: no such gene-list file");
        }

        var items = isFile
            ? File.ReadLines(value).Select(l => l.Split('#')[0])
            : value.Split(',');
        var list = items.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.FirstOrDefault(s => s.Any(char.IsWhiteSpace)) is { } spaced)
        {
            throw new UsageException($"{option}: `{spaced}` is not a gene name; separate names with commas or put one per line in a file");
        }

        return list.Count == 0 ? throw new UsageException($"{option}: gene list '{value}' is empty") : list;
    }
}
