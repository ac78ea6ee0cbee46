using System.Diagnostics;

namespace Trek.Workflow.Tests;

/// <summary>Runs Debian's `snakemake` (installed by scripts/test.sh) as a user would, with a time limit.</summary>
internal static class Snakemake
{
    public static string Snakefile => Path.Combine(Fixtures.Repo(), "workflow", "Snakefile");

    /// <summary>`dotnet trek.dll`: the trek built beside these tests (Trek.Cli is a project reference).</summary>
    public static string Trek => $"dotnet {Path.Combine(AppContext.BaseDirectory, "trek.dll")}";

    public static ProcessStartInfo Start(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("snakemake") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        return psi;
    }

    public static (int Code, string Output) Run(string workingDirectory, params string[] args)
    {
        using var p = Process.Start(Start(workingDirectory, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"snakemake {string.Join(' ', args)} ran over 5 minutes");
        }

        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
