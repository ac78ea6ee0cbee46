using System.CommandLine;
using System.Text;
using Trek.Clinical.Resistance;
using Trek.Core;
using Trek.IO;

namespace Trek.Cli.Commands.Clinical;

/// <summary>`trek resistance`: classify a variant found on TRK-inhibitor treatment, validated against the canonical protein.</summary>
internal static class ResistanceCommand
{
    public static Command Create()
    {
        var variant = new Argument<string?>("variant") { Description = "GENE p.X123Y (one- or three-letter HGVS), e.g. \"NTRK1 p.G595R\", or \"MET amplification\"", Arity = ArgumentArity.ZeroOrOne };
        var vcf = new Option<string?>("--vcf") { Description = "VCF with snpEff ANN or VEP CSQ protein annotations (gzip detected; '-' = stdin) (default: none)" };
        var ntrk2 = new Option<string>("--ntrk2-numbering") { Description = "NTRK2 positions are in 822-aa NP_001018074.1 numbering, or 838 (literature; hotspots F633/G639/G709 only) (default: 822)", DefaultValueFactory = _ => "822" };
        ntrk2.AcceptOnlyFromAmong("822", "838");
        var json = ClinicalOutput.JsonOption();
        var command = new Command("resistance", "Interpret a variant found on TRK-inhibitor treatment: solvent front, gatekeeper, xDFG, other kinase, or off-target bypass.")
        {
            variant, vcf, ntrk2, json,
        };
        command.SetAction(parseResult =>
        {
            var numbering = parseResult.GetValue(ntrk2) == "838" ? Ntrk2Numbering.Isoform838 : Ntrk2Numbering.Isoform822;
            var text = parseResult.GetValue(variant);
            var path = parseResult.GetValue(vcf);
            if ((text is null) == (path is null))
            {
                throw new UsageException("resistance: give either one variant (\"NTRK1 p.G595R\") or --vcf FILE");
            }

            if (text is not null)
            {
                var call = ResistanceInterpreter.Interpret(text, numbering);
                return ClinicalOutput.Write(parseResult, parseResult.GetValue(json), call, w => Text(w, call));
            }

            using var stream = InputFile.OpenRead(path!);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var calls = VcfResistance.Interpret(reader, path!, numbering);
            var document = new VcfResistanceDocument(path!, calls);
            return ClinicalOutput.Write(parseResult, parseResult.GetValue(json), document, w =>
            {
                w.WriteLine($"{calls.Count} TRK-related protein change(s) in {path}");
                foreach (var call in calls)
                {
                    Text(w, call);
                }
            });
        });
        return command;
    }

    private static void Text(TextWriter w, ResistanceCall c)
    {
        w.WriteLine($"{c.Gene} {c.Hgvsp ?? "amplification"}: {System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Class.ToString())} ({c.Mechanism.Replace('_', '-')})");
        w.WriteLine($"  Reference: {c.ReferenceIsoform}{(c.ReferenceValidated ? "; reference residue checked" : "; reference residue not checked")}");
        if (c.InputPosition is { } written)
        {
            w.WriteLine($"  Position {written} as written (838-aa TRKB numbering) = {c.Position} in {c.ReferenceIsoform}");
        }

        w.WriteLine($"  Type I next-generation TRK inhibitors overcome it: {(c.Type1NextGenOvercomes is { } t ? (t ? "yes" : "no") : "unknown")}");
        w.WriteLine($"  {c.Interpretation}");
        if (c.Rules.Count > 0)
        {
            w.WriteLine("  Rules applied:");
            ClinicalOutput.WriteRules(w, c.Rules);
        }
    }
}
