using System.Globalization;

namespace Trek.Reports.Assessment;

/// <summary>TSV cells of the assessment outputs: "." for missing (house style), invariant numbers and ISO dates, tabs and newlines flattened so a free-text reason cannot break a row.</summary>
public static class TsvCells
{
    public static string Cell(object? value) => value switch
    {
        null => ".",
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => value.ToString()!.Replace('\t', ' ').Replace('\n', ' '),
    };

    public static string Row(params object?[] cells) => string.Join('\t', cells.Select(Cell));
}
