using System.Globalization;

namespace Trek.Cli.Commands.Assessment;

/// <summary>Plumbing shared by `trek response` and `trek ctcae`: input opening and TSV cells (output goes through <see cref="CommandOutput"/>).</summary>
internal static class AssessmentOutput
{
    /// <summary>Help text of `--output` for the assessment commands (the trial commands word it differently).</summary>
    public const string OutputDescription = "Write the main result here instead of standard output (default: -, standard output)";

    /// <summary>"-" is standard input; otherwise the file (a missing file maps to exit code 3 in TrekCli).</summary>
    public static TextReader OpenInput(string path) => Trek.IO.Tables.TableInput.Open(path);

    public static string SourceName(string path) => path == "-" ? "<stdin>" : path;

    /// <summary>A TSV cell: "." for missing (house style), tabs and newlines flattened.</summary>
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
