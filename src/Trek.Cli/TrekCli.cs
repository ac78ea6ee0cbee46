using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.InteropServices;
using Trek.Core;
using Trek.IO.Files;

namespace Trek.Cli;

/// <summary>
/// Parses the command line, runs the command and maps every exception type to its exit code in one
/// place (house style: Nirvana). Mistakes print `trek: error: ...` plus "see `trek CMD --help`" on
/// stderr and nothing on stdout; only defects print a trace. Conventions: docs/cli.md.
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

    /// <summary>The process entry point: as <see cref="Run(string[], TextWriter, TextWriter)"/>, with SIGINT/SIGTERM removing temporary outputs.</summary>
    public static int Run(string[] args)
    {
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var hangup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);
        return Run(args, Console.Out, Console.Error);
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        if ((parse.Errors.Count > 0 || UsageErrors.UnknownOption(parse) is not null) && parse.Action is not HelpAction)
        {
            stderr.WriteLine($"trek: error: {UsageErrors.Describe(parse)}");
            stderr.WriteLine($"see `{UsageErrors.CommandPath(parse)} --help`");
            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = stdout, Error = stderr };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception ex)
        {
            return Report(ex, stderr, UsageErrors.CommandPath(parse));
        }
    }

    /// <summary>
    /// Set by a command that stops gracefully on SIGINT/SIGTERM by itself and writes no temporary outputs
    /// (`trek serve`: the web host finishes the requests in flight and exits 0), so the handler below leaves it be.
    /// </summary>
    internal static volatile bool CommandStopsItself;

    /// <summary>
    /// SIGINT (Ctrl-C), SIGTERM (kill, a scheduler's time limit) and SIGHUP: delete every temporary
    /// output, say so, and exit 128 + the signal number as a shell does, so no `.NAME.PID.tmp` and no
    /// partial output remain. Runs on the runtime's signal thread.
    /// </summary>
    private static void OnSignal(PosixSignalContext context)
    {
        if (CommandStopsItself)
        {
            return;
        }

        TempFiles.DeleteAll();
        var number = context.Signal switch { PosixSignal.SIGHUP => 1, PosixSignal.SIGINT => 2, _ => 15 };
        Console.Error.WriteLine($"trek: interrupted by signal {number}; no output written");
        context.Cancel = true;
        Environment.Exit(128 + number);
    }

    private static int Report(Exception ex, TextWriter stderr, string command)
    {
        while (ex is AggregateException { InnerExceptions.Count: 1 } agg)
        {
            ex = agg.InnerExceptions[0];
        }

        switch (ex)
        {
            case UsageException:
                stderr.WriteLine($"trek: error: {ex.Message}");
                stderr.WriteLine($"see `{command} --help`");
                return ExitCodes.Usage;
            case InvalidParameterException:
                // A domain parameter error no command mapped to its option (OptionErrors): still the user's to fix.
                stderr.WriteLine($"trek: error: {ex.Message}");
                stderr.WriteLine($"see `{command} --help`");
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
                stderr.WriteLine("trek: error: interrupted; no output written");
                return ExitCodes.Internal;
            default:
                stderr.WriteLine($"trek: internal error (please report with the command line): {ex}");
                return ExitCodes.Internal;
        }
    }
}
