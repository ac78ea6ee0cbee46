using System.CommandLine;
using Trek.Core;

namespace Trek.Cli;

/// <summary>
/// Parses the command line, runs the command and maps every exception type to its exit code in one
/// place (house style: Nirvana). User errors print one line to stderr; only defects print a trace.
/// </summary>
public static class TrekCli
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Trek: precision-oncology toolkit for TRK fusion cancer (fusion detection, decision support, assessment, trial analytics).");
        foreach (var command in CommandRegistry.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = stdout, Error = stderr };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception ex)
        {
            return Report(ex, stderr);
        }
    }

    private static int Report(Exception ex, TextWriter stderr)
    {
        while (ex is AggregateException { InnerExceptions.Count: 1 } agg)
        {
            ex = agg.InnerExceptions[0];
        }

        switch (ex)
        {
            case UsageException:
                stderr.WriteLine($"trek: {ex.Message}");
                return ExitCodes.Usage;
            case InputException:
                stderr.WriteLine($"trek: error: {ex.Message}");
                return ExitCodes.BadInput;
            case FileNotFoundException fnf:
                stderr.WriteLine($"trek: error: no such file: {fnf.FileName ?? ex.Message}");
                return ExitCodes.IoError;
            case DirectoryNotFoundException:
            case UnauthorizedAccessException:
            case IOException:
                stderr.WriteLine($"trek: error: {ex.Message}");
                return ExitCodes.IoError;
            case OperationCanceledException:
                stderr.WriteLine("trek: cancelled");
                return ExitCodes.Internal;
            default:
                stderr.WriteLine($"trek: internal error (please report with the command line): {ex}");
                return ExitCodes.Internal;
        }
    }
}
