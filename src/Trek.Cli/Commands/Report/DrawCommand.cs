using System.CommandLine;
using Trek.Core;
using Trek.Fusion.Index;
using Trek.Reports.Diagram;
using Trek.Reports.Fusions;

namespace Trek.Cli.Commands.Report;

/// <summary>`trek draw`: one SVG fusion diagram per call of fusions.tsv (calls without a breakpoint are listed and skipped).</summary>
internal static class DrawCommand
{
    public static Command Create()
    {
        var fusions = ReportInputs.Fusions();
        var index = new Option<string>("--index") { Description = "Index directory the calls were made with (required)", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Directory for the SVG files, created if missing (required)", Required = true };
        var command = new Command("draw", "Draw every fusion call as an SVG diagram: exons to scale, break, kinase domain, fused protein, reads, junction.")
        {
            fusions, index, output,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(fusions)!;
            var table = FusionTableReader.Read(path);
            var idx = IndexStore.Load(parseResult.GetValue(index)!);
            var dir = parseResult.GetValue(output)!;
            Directory.CreateDirectory(dir);
            var err = parseResult.InvocationConfiguration.Error;
            var written = 0;
            foreach (var call in table.Calls)
            {
                if (DiagramBuilder.Build(call, idx, path) is not { } d)
                {
                    err.WriteLine($"trek draw: {call.Name} (line {call.Line}): spanning pairs only, no breakpoint to draw");
                    continue;
                }

                var name = $"{call.Line:D4}_{(call.Gene1 ?? "unknown")}--{call.Gene2}.svg";
                CommandOutput.WriteFile(Path.Combine(dir, name), w => w.Write(FusionDiagramSvg.Write(d)));
                written++;
            }

            err.WriteLine($"trek draw: {written} diagram(s) in {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
