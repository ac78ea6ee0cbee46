using System.CommandLine;
using Trek.Core;
using Trek.Reports.Export;
using Trek.Reports.Fusions;

namespace Trek.Cli.Commands.Report;

/// <summary>`trek export`: fusions.tsv as VCF 4.3 breakends or a cBioPortal data_sv.txt.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var fusions = ReportInputs.Fusions();
        var format = new Option<string>("--format") { Description = "vcf (VCF 4.3 BND pairs) or cbioportal-sv (data_sv.txt) (required)", Required = true };
        format.AcceptOnlyFromAmong("vcf", "cbioportal-sv");
        var output = new Option<string>("--output", "-o") { Description = "Write the export to this file; - is standard output (default: -)", DefaultValueFactory = _ => "-" };
        var build = new Option<string?>("--build") { Description = "Genome build of the index, e.g. GRCh38 (required for cbioportal-sv; VCF ##reference)" };
        var sample = new Option<string?>("--sample") { Description = "Sample id for cbioportal-sv (default: the table's sample column or ##sample line)" };
        var command = new Command("export", "Export fusion calls as VCF 4.3 breakend records or a cBioPortal structural-variant file.")
        {
            fusions, format, output, build, sample,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(fusions)!;
            using var files = new CommandFiles(parseResult).Input("--fusions", path).Output("--output", parseResult.GetValue(output)).Open();
            var table = FusionTableReader.Read(path);
            var err = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(format) == "vcf")
            {
                IReadOnlyList<FusionRecord> skipped = [];
                files.Write("--output", w => skipped = BreakendVcfWriter.Write(w, table, parseResult.GetValue(build)));
                files.Commit();
                foreach (var s in skipped)
                {
                    err.WriteLine($"trek export: {s.Name} (line {s.Line}) has no breakpoint pair (partner-unknown or spanning-only): not in the VCF");
                }

                return ExitCodes.Ok;
            }

            var id = parseResult.GetValue(sample) ?? table.ProvenanceValue("sample")
                ?? throw new UsageException("cbioportal-sv needs a sample id: the table has no ##sample line; give --sample");
            var b = parseResult.GetValue(build) ?? throw new UsageException("cbioportal-sv needs --build (NCBI_Build, e.g. GRCh38): fusions.tsv does not record it");
            files.Write("--output", w => CbioportalSvWriter.Write(w, table, id, b));
            files.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }
}
