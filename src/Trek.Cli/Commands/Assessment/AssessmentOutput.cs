using System.CommandLine;
using System.Globalization;
using System.Text;
using Trek.IO;

namespace Trek.Cli.Commands.Assessment;

/// <summary>Plumbing shared by `trek response` and `trek ctcae`: input opening, stdout-or-atomic-file output, TSV cells.</summary>
internal static class AssessmentOutput
{
    public static Option<string> OutputOption() => new("--output", "-o") { Description = "Write the main result here instead of standard output (default: -, standard output)", DefaultValueFactory = _ => "-" };

    /// <summary>"-" is standard input; otherwise the file (a missing file maps to exit code 3 in TrekCli).</summary>
    public static TextReader OpenInput(string path) => path == "-" ? Console.In : new StreamReader(path, Encoding.UTF8);

    public static string SourceName(string path) => path == "-" ? "<stdin>" : path;

    public static void Write(ParseResult parseResult, string path, Action<TextWriter> write)
    {
        if (path == "-")
        {
            write(parseResult.InvocationConfiguration.Output);
            return;
        }

        WriteFile(path, write);
    }

    /// <summary>Written through <see cref="AtomicFile"/>: the file appears complete or not at all.</summary>
    public static void WriteFile(string path, Action<TextWriter> write)
    {
        using var file = AtomicFile.Create(path);
        using (var writer = new StreamWriter(file.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            write(writer);
        }

        file.Commit();
    }

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
