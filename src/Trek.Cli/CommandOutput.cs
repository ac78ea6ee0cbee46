using System.CommandLine;
using System.Text;
using Trek.IO;

namespace Trek.Cli;

/// <summary>Where a command's result goes: standard output, or a file written atomically. Shared by the assessment and trial commands.</summary>
internal static class CommandOutput
{
    /// <summary>`--output/-o`, default "-"; each command area keeps its own help wording, so the description is passed in.</summary>
    public static Option<string> OutputOption(string description) => new("--output", "-o") { Description = description, DefaultValueFactory = _ => "-" };

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
}
