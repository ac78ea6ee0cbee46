using System.CommandLine;

namespace Trek.Cli.Commands.Report;

/// <summary>The main input of report, draw and export: fusions.tsv, as `--fusions` or, by the convention of docs/cli.md, `-i/--input`.</summary>
internal static class ReportInputs
{
    public static Option<string> Fusions() => new("--fusions", "-i", "--input")
    {
        Description = "fusions.tsv from `trek fusions`; -i and --input are the same option (required)",
        Required = true,
    };
}
