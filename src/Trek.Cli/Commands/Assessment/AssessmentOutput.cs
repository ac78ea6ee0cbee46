namespace Trek.Cli.Commands.Assessment;

/// <summary>Plumbing shared by `trek response` and `trek ctcae`: input opening (TSV cells: Trek.Reports.Assessment.TsvCells; output goes through <see cref="CommandOutput"/>).</summary>
internal static class AssessmentOutput
{
    /// <summary>Help text of `--output` for the assessment commands (the trial commands word it differently).</summary>
    public const string OutputDescription = "Write the main result here instead of standard output (default: -, standard output)";

    /// <summary>"-" is standard input; otherwise the file (a missing file maps to exit code 3 in TrekCli).</summary>
    public static TextReader OpenInput(string path) => Trek.IO.Tables.TableInput.Open(path);

    public static string SourceName(string path) => path == "-" ? "<stdin>" : path;
}
