using System.CommandLine;
using System.Globalization;
using System.Text;
using Trek.Core;
using Trek.IO;

namespace Trek.Cli.Commands.Trials;

/// <summary>Shared plumbing of the trial commands: where output goes (stdout or an atomic file) and list parsing.</summary>
internal static class TrialsOutput
{
    public static Option<string> OutputOption() => new("--output", "-o") { Description = "Write the result to this file instead of standard output (default: -, standard output)", DefaultValueFactory = _ => "-" };

    /// <summary>Writes text produced by <paramref name="write"/> to stdout (the invocation's writer, so tests capture it) or atomically to a file.</summary>
    public static void Write(ParseResult parseResult, string path, Action<TextWriter> write)
    {
        if (path == "-")
        {
            write(parseResult.InvocationConfiguration.Output);
            return;
        }

        WriteFile(path, write);
    }

    public static void WriteFile(string path, Action<TextWriter> write)
    {
        using var file = AtomicFile.Create(path);
        using (var writer = new StreamWriter(file.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            write(writer);
        }

        file.Commit();
    }

    /// <summary>Parses "12,36" into numbers, naming the option on error.</summary>
    public static double[] Numbers(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(part =>
            double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v
                : throw new UsageException($"{option}: '{part}' is not a number")).ToArray();
    }
}
