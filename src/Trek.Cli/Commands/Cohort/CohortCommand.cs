using System.CommandLine;
using Trek.Core;
using Trek.Reports.Cohort;

namespace Trek.Cli.Commands.Cohort;

/// <summary>
/// `trek cohort`: the cohort view of many `trek fusions` runs (the workflow's last step, workflow/Snakefile):
/// matrix, long table, recurrent fusions, NTRK partners, QC with outliers, and one HTML summary.
/// </summary>
internal static class CohortCommand
{
    /// <summary>The files written into --out-dir, each atomically; the workflow lists the same names.</summary>
    public static readonly string[] Outputs = ["matrix.tsv", "long.tsv", "recurrent.tsv", "ntrk_partners.tsv", "qc.tsv", "cohort.html"];

    public static Command Create()
    {
        var sheet = new Option<string>("--sheet") { Description = "Sample sheet, TSV or CSV (sample, fastq_1, fastq_2, tumour_type, batch); gives the samples' order and descriptions. Required.", Required = true };
        var fusions = new Option<string[]>("--fusions") { Description = "fusions.tsv of each sample (`trek fusions -o`); matched to the sheet by its ##sample= line. Required.", Required = true, AllowMultipleArgumentsPerToken = true };
        var stats = new Option<string[]>("--stats") { Description = "stats JSON of each sample (`trek fusions --stats`), matched by its \"sample\". Required.", Required = true, AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Sample of the sheet to leave out; repeatable (default: none).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var outDir = new Option<string>("--out-dir", "-o") { Description = $"Directory for {string.Join(", ", Outputs)}. Required.", Required = true };
        var command = new Command("cohort", "Cohort view of many `trek fusions` runs: sample x fusion matrix, long table, recurrent fusions, NTRK partners, QC outliers, HTML summary.")
        {
            sheet, fusions, stats, exclude, outDir,
        };
        command.SetAction(parse =>
        {
            var err = parse.InvocationConfiguration.Error;
            void Warn(string line) => err.WriteLine($"trek cohort: warning: {line}");
            var entries = SampleSheetReader.Read(parse.GetValue(sheet)!, Warn);
            var tables = parse.GetValue(fusions)!.Select(SampleFusionsReader.Read).ToList();
            var runs = parse.GetValue(stats)!.Select(RunStatsReader.Read).ToList();
            var cohort = OptionErrors.For("--exclude", () => CohortBuilder.Build(entries, parse.GetValue(exclude)!.ToHashSet(StringComparer.Ordinal), tables, runs));
            var dir = parse.GetValue(outDir)!;
            Directory.CreateDirectory(dir);
            CommandOutput.WriteFile(Path.Combine(dir, "matrix.tsv"), w => CohortTsvWriter.WriteMatrix(w, cohort));
            CommandOutput.WriteFile(Path.Combine(dir, "long.tsv"), w => CohortTsvWriter.WriteLong(w, cohort));
            CommandOutput.WriteFile(Path.Combine(dir, "recurrent.tsv"), w => CohortTsvWriter.WriteRecurrent(w, cohort));
            CommandOutput.WriteFile(Path.Combine(dir, "ntrk_partners.tsv"), w => CohortTsvWriter.WriteNtrkPartners(w, cohort));
            CommandOutput.WriteFile(Path.Combine(dir, "qc.tsv"), w => CohortTsvWriter.WriteQc(w, cohort));
            CommandOutput.WriteFile(Path.Combine(dir, "cohort.html"), w => CohortHtmlWriter.Write(w, cohort, TrekVersion.Current));
            var flagged = cohort.Qc.Where(q => q.Outliers.Count > 0).Select(q => $"{q.Sample} ({string.Join(", ", q.Outliers)})").ToList();
            err.WriteLine(
                $"trek cohort: {cohort.Samples.Count} samples, {cohort.Fusions.Count} fusions, {cohort.Recurrent.Count} recurrent; QC outliers: {(flagged.Count == 0 ? "none" : string.Join("; ", flagged))}; wrote {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
