namespace Trek.Cli;

/// <summary>A value of `--format` (docs/cli.md): each command accepts only those it writes.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Tsv,
    Csv,
}
