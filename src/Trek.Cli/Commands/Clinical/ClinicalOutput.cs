using System.CommandLine;
using Trek.Core;

namespace Trek.Cli.Commands.Clinical;

/// <summary>Shared output for the decision-support commands: readable text by default, TrekJson with --format json (or --json), to -o.</summary>
internal static class ClinicalOutput
{
    /// <summary>The decision-support commands write a text or a JSON document (docs/cli.md).</summary>
    public static DocumentOptions Options() => new(OutputFormat.Text, OutputFormat.Json);

    /// <summary>Declares the files (input, -o), writes the document in the chosen format and publishes it.</summary>
    public static int Write<T>(ParseResult parseResult, DocumentOptions io, T value, Action<TextWriter> text)
    {
        using var files = io.Declare(parseResult).Open();
        return Write(parseResult, io, files, value, text);
    }

    /// <summary>Writes the document to files opened (and checked) before the input was read, and publishes it.</summary>
    public static int Write<T>(ParseResult parseResult, DocumentOptions io, CommandFiles files, T value, Action<TextWriter> text)
    {
        io.Write(parseResult, files, value, text);
        files.Commit();
        return ExitCodes.Ok;
    }
}
