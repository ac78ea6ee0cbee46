namespace Trek.Cli.Commands.Fusion;

/// <summary>A gene list given as "A,B,C" or as the path of a file with one gene per line (# comments allowed).</summary>
internal static class GeneList
{
    public static IReadOnlyList<string>? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var items = File.Exists(value)
            ? File.ReadLines(value).Select(l => l.Split('#')[0])
            : value.Split(',');
        var list = items.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? throw new Core.UsageException($"gene list '{value}' is empty") : list;
    }
}
