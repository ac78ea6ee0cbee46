using System.CommandLine;
using Trek.Core;

namespace Trek.Cli.Commands;

/// <summary>`trek about`: version and runtime, for bug reports and provenance.</summary>
internal static class VersionCheckCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Print Trek's version, runtime and machine facts (for bug reports).");
        command.SetAction(_ =>
        {
            Console.Out.WriteLine($"trek {TrekVersion.Current}");
            Console.Out.WriteLine($"runtime {Environment.Version}; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
